import Foundation
import Testing
@testable import Language
@testable import Session
import Quantity

/// The operator table: each rule on its own, and docs/core.md showing the code as it is.
@Suite struct OperationTests {
    let units = TestStory.session().state.units

    func q(_ text: String) throws -> Quantity { try TestStory.session().quantity(text) }

    @Test func rulesGiveTheQuantity() throws {
        let a = try q("3 kg"), b = try q("2 kg")
        #expect(try Operation.add.result(a, b, units: units).value == Interval(point: 5))
        #expect(try Operation.subtract.result(a, b, units: units).value == Interval(point: 1))
        let ratio = try Operation.divide.result(a, b, units: units)
        #expect(ratio.value == Interval(point: 1.5) && ratio.dimension.isNone && ratio.isRatio)
        #expect(try Operation.negate.result(a, nil, units: units).value == Interval(point: -3))
        let p = try Operation.percent.result(Quantity(number: 15), nil, units: units)
        #expect(p.value.lo == 0.15 && p.isRatio)
    }

    @Test func refusalsSayWhy() throws {
        let a = try q("3 kg"), t = try q("2 s")
        #expect(throws: Operation.Refusal.self) { try Operation.add.result(a, t, units: units) }
        do {
            _ = try Operation.percent.result(a, nil, units: units)
            Issue.record("a percent of 3 kg was accepted")
        } catch {
            guard case .notAPlainNumber(let d) = error else { Issue.record("\(error)"); return }
            #expect(d == a.dimension)
        }
        #expect(TestStory.session().text("(3 kg)%").hasPrefix("error[dimension]: `%` applies to a plain number, not a mass"))
    }

    @Test func theCoreDocShowsTheSourceAsItIs() throws {
        // Each ```swift block of docs/core.md is text of the source file named last before it.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/core.md"), encoding: .utf8)
        var file: String?
        var block: [String]?
        var checked = 0
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var lines = block {
                if line == "```" {
                    let path = try #require(file, "a snippet before any source file is named")
                    let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                    #expect(source.contains(lines.joined(separator: "\n")), "docs/core.md's snippet is not in \(path):\n\(lines.joined(separator: "\n"))")
                    checked += 1
                    block = nil
                } else {
                    lines.append(line)
                    block = lines
                }
                continue
            }
            if line == "```swift" { block = []; continue }
            if let r = line.range(of: #"`(Sources/[^`]+\.swift)`"#, options: .regularExpression) {
                file = String(line[r].dropFirst().dropLast())
            }
        }
        #expect(checked == 5)
    }
}
