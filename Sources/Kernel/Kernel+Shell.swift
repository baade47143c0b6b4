import Glibc
import Language
import Notebook
import Session

/// The shell channel's requests: each one's reply, with its outputs on IOPub.
extension Kernel {
    func handle(_ request: WireMessage, replier: Replier, publisher: Publisher, flag: InterruptFlag) {
        let content = request.content
        switch request.type {
        case "kernel_info_request":
            replier.reply(to: request, "kernel_info_reply", KernelInfo.content)
        case "execute_request":
            flag.clear()
            let reply = execute(request, publisher: publisher)
            let failedAt = MessageHeader.now()
            replier.reply(to: request, "execute_reply", reply)
            // As ipykernel does: after an error, the cells already queued behind it (Run All)
            // are aborted rather than run on a session the failed cell did not set up.
            if reply["status"]?.string == "error" && (request.content["stop_on_error"]?.bool ?? true) {
                abortQueued(before: failedAt, replier: replier, publisher: publisher, flag: flag)
            }
        case "complete_request":
            let code = content["code"]?.string ?? ""
            let cursor = Self.byteOffset(code, codePoints: content["cursor_pos"]?.int ?? code.unicodeScalars.count)
            let (line, lineStart) = Self.line(of: code, at: cursor)
            let found = runner.session.completions(forLine: line, cursorByte: cursor - lineStart)
            replier.reply(to: request, "complete_reply", .object([
                ("cursor_end", .number(Self.codePoints(code, bytes: cursor))),
                ("cursor_start", .number(Self.codePoints(code, bytes: lineStart + found.replaceFrom))),
                ("matches", .array(found.candidates.map(JSONValue.string))),
                ("metadata", .object([])),
                ("status", .string("ok")),
            ]))
        case "inspect_request":
            let code = content["code"]?.string ?? ""
            let cursor = Self.byteOffset(code, codePoints: content["cursor_pos"]?.int ?? 0)
            let (line, lineStart) = Self.line(of: code, at: cursor)
            let text = runner.session.inspection(forLine: line, cursorByte: cursor - lineStart)
            replier.reply(to: request, "inspect_reply", .object([
                ("data", text.map { .object([("text/plain", .string($0))]) } ?? .object([])),
                ("found", .bool(text != nil)),
                ("metadata", .object([])),
                ("status", .string("ok")),
            ]))
        case "is_complete_request":
            let status: String
            switch Session.continuation(of: content["code"]?.string ?? "") {
            case .complete: status = "complete"
            case .incomplete: status = "incomplete"
            case .invalid: status = "invalid"
            }
            var reply: [(String, JSONValue)] = []
            if status == "incomplete" { reply.append(("indent", .string(""))) }
            reply.append(("status", .string(status)))
            replier.reply(to: request, "is_complete_reply", .object(reply))
        case "history_request":
            replier.reply(to: request, "history_reply", history(content))
        case "comm_info_request":
            replier.reply(to: request, "comm_info_reply", .object([("comms", .object([])), ("status", .string("ok"))]))
        default:
            // Unknown requests (comm_open...) are ignored, as the protocol allows.
            break
        }
    }

    /// Answers the requests waiting on the shell socket: executions sent before `time` (an ISO
    /// date, as headers carry) with `aborted`; anything else, and executions sent after the
    /// frontend saw the error, as usual.
    func abortQueued(before time: String, replier: Replier, publisher: Publisher, flag: InterruptFlag) {
        while let ready = try? ZMQSocket.poll([replier.socket], timeout: 0), !ready.isEmpty,
              let frames = try? replier.socket.receive() {
            guard case .success(let queued) = WireMessage.decode(frames, signer: signer) else { continue }
            publisher.status("busy", parent: queued.header)
            if queued.type == "execute_request", let sent = queued.header["date"]?.string, sent.prefix(26) < time.prefix(26) {
                replier.reply(to: queued, "execute_reply", .object([("execution_count", .number(executionCount)), ("status", .string("aborted"))]),
                              metadata: .object([("status", .string("aborted"))]))
            } else {
                handle(queued, replier: replier, publisher: publisher, flag: flag)
            }
            publisher.status("idle", parent: queued.header)
        }
    }

    /// Runs an `execute_request`'s code and publishes its input and outputs; the reply's content.
    func execute(_ request: WireMessage, publisher: Publisher) -> JSONValue {
        let content = request.content
        let code = content["code"]?.string ?? ""
        let silent = content["silent"]?.bool ?? false
        if !silent && (content["store_history"]?.bool ?? true) { executionCount += 1 }
        let count = JSONValue.number(executionCount)
        let parent = request.header
        if !silent { publisher.publish("execute_input", .object([("code", .string(code)), ("execution_count", count)]), parent: parent) }
        var failure: JSONValue?
        var printed: [String] = []
        defer {
            if !silent && (content["store_history"]?.bool ?? true) {
                executions.append(Execution(count: executionCount, code: code, output: printed.joined(separator: "\n")))
            }
        }
        runner.run(code, cellID: "c\(executionCount)") { event in
            switch event {
            case .result(let text, let html, let input, let isLast):
                printed.append(text)
                guard !silent else { return }
                var fields: [(String, JSONValue)] = [
                    ("data", .object([("text/html", .string(html)), ("text/plain", .string(text))])),
                    // The input each output came from: `dossier import` splits a cell's commands by it.
                    ("metadata", .object([("dossier", .object([("input", .string(input))]))])),
                ]
                if isLast { fields.insert(("execution_count", count), at: 1) }
                publisher.publish(isLast ? "execute_result" : "display_data", .object(fields), parent: parent)
            case .stream(let text):
                guard !silent else { return }
                publisher.publish("stream", .object([("name", .string("stdout")), ("text", .string(text))]), parent: parent)
            case .error(let kind, let message, let rendered):
                let error: [(String, JSONValue)] = [
                    ("ename", .string(kind)),
                    ("evalue", .string(message)),
                    ("traceback", .array(rendered.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })),
                ]
                publisher.publish("error", .object(error), parent: parent)
                failure = .object(error + [("execution_count", count), ("status", .string("error"))])
            }
        }
        return failure ?? .object([
            ("execution_count", count),
            ("payload", .array([])),
            ("status", .string("ok")),
            ("user_expressions", .object([])),
        ])
    }

    /// `history_request`: `tail` (the last `n`), `range` (`start..<stop`) and `search` (a glob
    /// over the inputs, `unique` keeping each input's latest run); with `output`, each entry's
    /// input is paired with the text it printed.
    func history(_ content: JSONValue) -> JSONValue {
        var entries = executions
        switch content["hist_access_type"]?.string ?? "tail" {
        case "tail":
            entries = Array(entries.suffix(max(0, content["n"]?.int ?? 10)))
        case "range":
            let start = content["start"]?.int ?? 1, stop = content["stop"]?.int ?? Int.max
            entries = entries.filter { $0.count >= start && $0.count < stop }
        case "search":
            let pattern = content["pattern"]?.string ?? "*"
            entries = entries.filter { fnmatch(pattern, $0.code, 0) == 0 }
            if content["unique"]?.bool ?? false {
                var seen = Set<String>()
                entries = entries.reversed().filter { seen.insert($0.code).inserted }.reversed()
            }
            if let n = content["n"]?.int { entries = Array(entries.suffix(max(0, n))) }
        default:
            entries = []
        }
        let withOutput = content["output"]?.bool ?? false
        let rows = entries.map { e -> JSONValue in
            let input: JSONValue = withOutput ? .array([.string(e.code), .string(e.output)]) : .string(e.code)
            return .array([.number(0), .number(e.count), input])
        }
        return .object([("history", .array(rows)), ("status", .string("ok"))])
    }

    /// The line of `code` holding byte `offset`, and the byte where that line starts.
    static func line(of code: String, at offset: Int) -> (String, Int) {
        let bytes = Array(code.utf8)
        var start = min(offset, bytes.count), end = start
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self), start)
    }

    /// The UTF-8 offset of the code-point offset `n` (Jupyter counts cursors in code points).
    static func byteOffset(_ code: String, codePoints n: Int) -> Int {
        code.unicodeScalars.prefix(max(0, n)).reduce(0) { $0 + UTF8.width($1) }
    }

    /// The code-point offset of the UTF-8 offset `bytes`.
    static func codePoints(_ code: String, bytes: Int) -> Int {
        var total = 0, count = 0
        for scalar in code.unicodeScalars {
            if total >= bytes { break }
            total += UTF8.width(scalar)
            count += 1
        }
        return count
    }
}
