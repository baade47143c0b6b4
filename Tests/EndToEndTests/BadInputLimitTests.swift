import Foundation
import Testing

/// Resource limits, end to end: each input past a limit is refused with `error[limit]` (or
/// `error[overflow]`) and exit status 1, and none overflows the stack, whatever its shape.
@Suite struct BadInputLimitTests {
    /// Runs `text` on stdin; returns the first line of stderr and the exit status.
    func firstError(_ text: String) throws -> (line: String, status: Int32, stdout: String) {
        let r = try ProcessRun.run([], input: Data(text.utf8))
        return (r.stderr.split(separator: "\n").first.map(String.init) ?? "", r.status, r.stdout)
    }

    @Test func bracketsNestedDeeperThan200AreRefused() throws {
        let ok = try firstError(String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200) + "\n")
        #expect(ok.status == 0)
        #expect(ok.stdout == "1\n")
        let deep = try firstError(String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201) + "\n")
        #expect(deep.line == "error[limit]: brackets nested deeper than 200 levels")
        #expect(deep.status == 1)
    }

    @Test func treesDeeperThan400AreRefusedWhateverTheirShape() throws {
        let chain = Array(repeating: "1", count: 500).joined(separator: "+")      // left-leaning
        let powers = String(repeating: "2^", count: 450) + "1"                      // right-leaning
        let negations = String(repeating: "-", count: 1000) + "1"                   // unary
        for text in [chain, powers, negations] {
            let r = try firstError(text + "\n")
            #expect(r.line == "error[limit]: the expression is more than 400 operations deep", "\(text.prefix(20))…")
            #expect(r.status == 1)
        }
    }

    @Test func aHundredThousandDeepExpressionOnStdinIsRefusedBySize() throws {
        // 200,001 bytes: past the 64 KiB an input may hold, so the parser never sees it.
        let r = try firstError(String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "\n")
        #expect(r.line == "error[limit]: the input is 200,001 bytes; the limit is 65,536")
        #expect(r.status == 1)
        let long = try firstError(String(repeating: "1+", count: 40_000) + "1\n")
        #expect(long.line == "error[limit]: the input is 80,001 bytes; the limit is 65,536")
    }

    @Test func aOneMebibyteLineIsSkippedWithAnErrorAndTheNextLineRuns() throws {
        let r = try ProcessRun.run(["--keep-going"], input: Data((String(repeating: "x", count: 1 << 20) + "1\n6 * 7\n").utf8))
        #expect(r.stderr.hasPrefix("error[limit]: line 1 is longer than 1 MiB (1048576 bytes); it was skipped\n"))
        #expect(r.stdout == "42\n")
        #expect(r.status == 1)
    }

    @Test func overflowingNumbersAreErrors() throws {
        let power = try ProcessRun.run(["-e", "10^400"])
        #expect(power.stderr.hasPrefix("error[overflow]: the result is too large to represent (beyond ±1.8e308)\n"))
        #expect(power.status == 1)
        let literal = try ProcessRun.run(["-e", "1e400"])
        #expect(literal.stderr.hasPrefix("error[overflow]: the number is too large to represent\n"))
        #expect(literal.status == 1)
    }

    @Test func moreThanTenMillionSamplesAreRefused() throws {
        let r = try ProcessRun.run(["-e", ":simulate --samples 10000001 (1 to 2)"])
        #expect(r.stderr.hasPrefix("error[limit]: the number of samples must be a whole number from 1 to 10,000,000\n"))
        #expect(r.status == 1)
    }

    /// Found by the expression fuzzer's slow inputs: counts were rounded to 6 digits
    /// ("2,240,180 samples" for 2,240,182).
    @Test func sampleCountsArePrintedExactly() throws {
        let r = try ProcessRun.run(["-e", ":simulate --samples 1234567 2"])
        #expect(r.stdout.hasPrefix("1,234,567 samples, seed 42\n"), "\(r.stdout.prefix(80))")
    }

    /// Found by FuzzExpression: a simulation with a range up to 2.1e55 crashed building its
    /// histogram (a Double too large for an Int). It prints a summary now.
    @Test func aSimulationWithHugeOutliersPrintsItsSummary() throws {
        let r = try ProcessRun.run(["-e", ":simulate --samples 2999 (8000 to 12000) * (1800 to 21111111111111111111111111111111111111111111111111111200) * 12"])
        #expect(r.status == 0, "exit \(r.status): \(r.stderr.prefix(200))")
        #expect(r.stdout.hasPrefix("2,999 samples, seed 42\n"))
    }

    @Test func callsDeeperThan64AreRefusedWithOneShortMessage() throws {
        // Self-recursion, mutual recursion (g is defined over the first f, then f over g), and
        // recursion inside a simulation.
        let cases = [
            "fn h(n) = h(n) + 1\nh(1)\n",
            "fn f(n) = n\nfn g(n) = f(n)\nfn f(n) = g(n)\nf(1)\n",
        ]
        for text in cases {
            let r = try ProcessRun.run([], input: Data(text.utf8))
            #expect(r.stderr.hasPrefix("error[limit]: functions call each other more than 64 deep\n"), "\(r.stderr.prefix(200))")
            #expect(r.status == 1)
        }
        let sim = try ProcessRun.run([], input: Data("fn h(n) = h(n) + (1 to 2)\n:simulate --samples 10 h(1)\n".utf8))
        #expect(sim.stderr.hasPrefix("error[limit]: functions call each other more than 64 deep\n"), "\(sim.stderr.prefix(200))")
        #expect(sim.status == 1)
    }

    @Test func deeplyNestedCallsWithinTheLimitsRun() throws {
        // f(f(…f(1)…)) 199 deep: 199 brackets and a tree 398 deep, both under their limits.
        let text = "fn f(x) = x + 1\n" + String(repeating: "f(", count: 199) + "1" + String(repeating: ")", count: 199) + "\n"
        let r = try ProcessRun.run([], input: Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n200\n"))
    }

    /// A function whose body is hundreds of operations deep, recursing: each limit alone (64 calls,
    /// 400-level trees) did not bound their product, which overflowed the stack (exit 139). Calls
    /// now carry a budget of nested body levels (a release build fits the default 8 MB stack).
    @Test func deepFunctionBodiesRecursingToTheCallLimitAreRefused() throws {
        let text = "fn h(n) = " + String(repeating: "-", count: 395) + "h(n)\nh(1)\n"
        // (No Swift backtrace on the crash: it takes seconds.)
        let r = try ProcessRun.run([], input: Data(text.utf8), environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(r.status == 1, "exit \(r.status)")
        #expect(r.stderr.hasPrefix("error[limit]: function calls nest more than 1000 evaluation levels deep"), "\(r.stderr.prefix(200))")
    }
}
