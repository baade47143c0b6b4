import CJupyter
@testable import Kernel
import Notebook
import Testing

@Suite struct ProtocolTests {
    init() {
        #expect(dz_load() == nil, "libzmq and libsodium must load (scripts/setup.sh installs them)")
    }

    @Test func hmacIsRFC4231() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        let signer = Signer(key: Array("Jefe".utf8))
        let parts = [Array("what do ya want ".utf8), Array("for nothing?".utf8)]
        #expect(String(decoding: signer.sign(parts), as: UTF8.self) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(signer.verify(Array("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843".utf8), parts))
        #expect(!signer.verify(Array("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844".utf8), parts))
        #expect(!signer.verify(Array("5bdc".utf8), parts))
    }

    @Test func messagesRoundTripSignedAndABadSignatureIsRefused() throws {
        let signer = Signer(key: Array("a0436f6c-1916-498b-8eb9-e81ab9368e84".utf8))
        let message = WireMessage(identities: [[1, 2, 3]], header: MessageHeader.make("execute_request", session: "s"),
                                  parent: .object([]), content: .object([("code", .string("1+1"))]))
        var frames = message.encode(signer: signer)
        #expect(frames[1] == Array("<IDS|MSG>".utf8))
        guard case .success(let back) = WireMessage.decode(frames, signer: signer) else { Issue.record("not decoded"); return }
        #expect(back.identities == [[1, 2, 3]])
        #expect(back.type == "execute_request")
        #expect(back.content["code"]?.string == "1+1")
        frames[6] = Array(#"{"code":"2+2"}"#.utf8)
        #expect(Self.failure(WireMessage.decode(frames, signer: signer)) == KernelError("a message with a bad signature (ignored)"))
        #expect(Self.failure(WireMessage.decode([[1]], signer: signer)) == KernelError("a message without the <IDS|MSG> delimiter and its five frames"))
    }

    static func failure(_ result: Result<WireMessage, KernelError>) -> KernelError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    @Test func headersHaveFreshIdsAndAnISODate() {
        let a = MessageHeader.make("status", session: "s"), b = MessageHeader.make("status", session: "s")
        #expect(a["msg_id"]?.string != b["msg_id"]?.string)
        #expect(a["version"]?.string == "5.3")
        let uuid = MessageHeader.uuid()
        #expect(uuid.count == 36 && uuid.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        let date = MessageHeader.now()
        #expect(date.count == 27 && date.hasSuffix("Z") && date.dropFirst(10).hasPrefix("T"))
    }

    @Test func connectionFiles() {
        let good = #"{"transport": "tcp", "ip": "127.0.0.1", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "key": "k", "signature_scheme": "hmac-sha256", "kernel_name": "dossier"}"#
        guard case .success(let info) = ConnectionInfo.parse(good) else { Issue.record("not parsed"); return }
        #expect(info.endpoint(info.controlPort) == "tcp://127.0.0.1:4")
        #expect(info.key == "k")
        let ipc = ConnectionInfo(transport: "ipc", ip: "/tmp/k", shellPort: 1, iopubPort: 2, stdinPort: 3, controlPort: 4, hbPort: 5, key: "", signatureScheme: "hmac-sha256")
        #expect(ipc.endpoint(2) == "ipc:///tmp/k-2")
        #expect(ConnectionInfo.parse(#"{"shell_port": 1}"#) == .failure(KernelError("the connection file has no valid `iopub_port`")))
        #expect(ConnectionInfo.parse(good.replacingOccurrences("hmac-sha256", "hmac-md5")) == .failure(KernelError("the connection file asks for signature scheme `hmac-md5`; only hmac-sha256 is supported")))
        #expect(ConnectionInfo.parse("{") == .failure(KernelError("the connection file is not JSON: the JSON text ends inside an object at line 1, column 2")))
    }

    @Test func cursorsCountCodePoints() {
        // "é" is two UTF-8 bytes, one code point.
        let code = "é + soldier_p"
        #expect(Kernel.byteOffset(code, codePoints: 13) == 14)
        #expect(Kernel.codePoints(code, bytes: 14) == 13)
        #expect(Kernel.line(of: "1+1\nsoldier_p", at: 13) == ("soldier_p", 4))
    }

    @Test func kernelspecPlacesAndJSON() {
        let env = ["HOME": "/home/u", "XDG_DATA_HOME": "", "VIRTUAL_ENV": "/v"]
        #expect(KernelSpec.directory(.user, environment: { env[$0] }) == .success("/home/u/.local/share/jupyter/kernels/dossier"))
        #expect(KernelSpec.directory(.user, environment: { ["JUPYTER_DATA_DIR": "/j", "HOME": "/h"][$0] }) == .success("/j/kernels/dossier"))
        #expect(KernelSpec.directory(.prefix("/p"), environment: { env[$0] }) == .success("/p/share/jupyter/kernels/dossier"))
        #expect(KernelSpec.directory(.sysPrefix, environment: { env[$0] }) == .success("/v/share/jupyter/kernels/dossier"))
        #expect(KernelSpec.directory(.sysPrefix, environment: { _ in nil })
            == .failure(KernelError("--sys-prefix needs an active Python environment (VIRTUAL_ENV or CONDA_PREFIX); none is set")))
        #expect(KernelSpec.kernelJSON(executable: "/bin/dossier") == """
            {
             "argv": [
              "/bin/dossier",
              "kernel",
              "-f",
              "{connection_file}"
             ],
             "display_name": "Dossier",
             "interrupt_mode": "message",
             "language": "dossier",
             "metadata": {
              "debugger": false
             }
            }

            """)
        #expect(KernelLogo.png32.starts(with: [0x89, 0x50, 0x4E, 0x47]) && KernelLogo.png64.count > KernelLogo.png32.count)
    }
}

extension String {
    /// `self` with every `target` replaced (no Foundation here).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
