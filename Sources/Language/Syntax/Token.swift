/// One lexical token: its kind, where it is, and (for numbers) its value.
package struct Token: Equatable {
    /// The kinds of token.
    package enum Kind: UInt8 {
        case number, identifier, string
        case plus, minus, star, slash, caret, percent, currencySign
        case leftParen, rightParen, comma, colon, equals, arrow
        case keywordLet, keywordFn, keywordUnit, keywordTo, keywordIn
        case end
        /// `..`, another spelling of `to` between two ends of a range.
        case dotDot
    }

    package var kind: Kind
    package var span: SourceSpan
    /// The value of a number token.
    package var number: Double = 0

    /// How the token is named in "expected …, found …" messages.
    static func describe(_ kind: Kind) -> String {
        switch kind {
        case .number: return "a number"
        case .identifier: return "a name"
        case .string: return "a quoted note"
        case .plus: return "`+`"
        case .minus: return "`-`"
        case .star: return "`*`"
        case .slash: return "`/`"
        case .caret: return "`^`"
        case .percent: return "`%`"
        case .currencySign: return "a currency sign"
        case .leftParen: return "`(`"
        case .rightParen: return "`)`"
        case .comma: return "`,`"
        case .colon: return "`:`"
        case .equals: return "`=`"
        case .arrow: return "`->`"
        case .keywordLet: return "`let`"
        case .keywordFn: return "`fn`"
        case .keywordUnit: return "`unit`"
        case .keywordTo: return "`to`"
        case .keywordIn: return "`in`"
        case .end: return "the end of the input"
        case .dotDot: return "`..`"
        }
    }
}
