import Notebook
import Shell

/// What `kernel_info_reply` says of the kernel and its language.
enum KernelInfo {
    /// The reply's content.
    static var content: JSONValue {
        .object([
            ("banner", .string("Dossier \(DossierVersion.current): a research notebook for the numbers in a news story. :help for commands.")),
            ("help_links", .array([])),
            ("implementation", .string("dossier")),
            ("implementation_version", .string(DossierVersion.current)),
            ("language_info", languageInfo),
            ("protocol_version", .string(MessageHeader.protocolVersion)),
            ("status", .string("ok")),
        ])
    }

    /// The language: what `.ipynb` files record in `metadata.language_info`.
    static var languageInfo: JSONValue {
        .object([
            ("file_extension", .string(".dos")),
            ("mimetype", .string("text/x-dossier")),
            ("name", .string("dossier")),
            ("version", .string(DossierVersion.current)),
        ])
    }
}
