import Notebook

/// The connection file Jupyter writes for a kernel: where to listen and the signing key.
///
///     {"transport": "tcp", "ip": "127.0.0.1", "shell_port": 53794, "iopub_port": 53795,
///      "stdin_port": 53796, "control_port": 53797, "hb_port": 53798,
///      "key": "a0436f6c-...", "signature_scheme": "hmac-sha256"}
public struct ConnectionInfo: Equatable {
    /// `tcp` or `ipc`.
    public var transport: String
    /// The address (`127.0.0.1`), or the path prefix for `ipc`.
    public var ip: String
    /// The five channels' ports (for `ipc`, the suffixes of the socket paths).
    public var shellPort, iopubPort, stdinPort, controlPort, hbPort: Int
    /// The HMAC key (empty: messages are not signed).
    public var key: String
    /// Only `hmac-sha256` is supported.
    public var signatureScheme: String

    /// Reads the connection file's JSON; the message says which field is missing or wrong.
    public static func parse(_ text: String) -> Result<ConnectionInfo, KernelError> {
        let json: JSONValue
        do throws(JSONParser.Failure) {
            json = try JSONParser.parse(text)
        } catch {
            return .failure(KernelError("the connection file is not JSON: \(error.message) at line \(error.line), column \(error.column)"))
        }
        func port(_ name: String) throws(KernelError) -> Int {
            guard let p = json[name]?.int, p >= 0, p < 65536 else { throw KernelError("the connection file has no valid `\(name)`") }
            return p
        }
        do throws(KernelError) {
            let scheme = json["signature_scheme"]?.string ?? "hmac-sha256"
            guard scheme == "hmac-sha256" else {
                throw KernelError("the connection file asks for signature scheme `\(scheme)`; only hmac-sha256 is supported")
            }
            let transport = json["transport"]?.string ?? "tcp"
            guard transport == "tcp" || transport == "ipc" else { throw KernelError("unknown transport `\(transport)` in the connection file") }
            return .success(ConnectionInfo(
                transport: transport, ip: json["ip"]?.string ?? "127.0.0.1",
                shellPort: try port("shell_port"), iopubPort: try port("iopub_port"), stdinPort: try port("stdin_port"),
                controlPort: try port("control_port"), hbPort: try port("hb_port"),
                key: json["key"]?.string ?? "", signatureScheme: scheme))
        } catch {
            return .failure(error)
        }
    }

    /// The ZeroMQ endpoint for `port`: `tcp://IP:PORT` or `ipc://IP-PORT`.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}

/// Why the kernel cannot start or go on: a message for standard error.
public struct KernelError: Error, Equatable, CustomStringConvertible {
    /// The message, without a `dossier:` prefix.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
