import Foundation
import Testing

/// Issue 12's examples, through the binary: each input of the issue gives the result it names.
@Suite struct LanguageExamplesTests {
    /// Writes `text` to a new script file and returns its path.
    func script(_ text: String) -> String {
        let path = DossierBinary.temporaryDirectory() + "/examples.dos"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func theIssuesExamplesGiveTheNamedResults() throws {
        let inputs = """
            500 g to kg
            rice_offer to Mt
            800 USD/month to USD/day
            1800 to 2200 USD/month * 12 month
            8000 to 12000 * 2000 USD/month
            (1800 to 2200) USD/month
            2k USD
            1.8k
            $200m
            $2.5bn
            10k
            1800..2200
            $2,000 per month
            240000000 USD -> million USD
            soldier_pay * 12 month * 10k in millions
            2.76 million KRW
            200,000 rubles
            worker_count * worker_pay
            :rate 1 USD = 1,380 KRW from "Bank of Korea" on 2024-10-18
            2.76 million KRW to USD
            :set digits 3
            800 USD/month to USD/day
            1234567 USD
            """
        // Each result worked by hand: 800 × 12 / 365.2425 = 26.2839 USD/day; 1800 × 12 = 21,600;
        // 8000 × 2000 = 16 million; 2000 × 12 × 10,000 = 240 million; 2,760,000 / 1,380 = 2,000.
        let expected = """
            0.5 kg
            0.6 to 0.7 Mt
              uses: rice_offer
            26.2839 USD/day
            21,600 to 26,400 USD
            16,000,000 to 24,000,000 USD/month   (16 million to 24 million)
            1,800 to 2,200 USD/month
            2,000 USD
            1,800
            200,000,000 USD   (200 million)
            2,500,000,000 USD   (2.5 billion)
            10,000
            1,800 to 2,200
            2,000 USD/month
            240 million USD
            240 million USD
              uses: soldier_pay (around; reportedly)
            2,760,000 KRW   (2.76 million)
            200,000 RUB
            3,200,000 USD/month   (3.2 million)
              uses: worker_count (around), worker_pay (approximately)
            rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18) for this session
            2,000 USD
              rate: 1 USD = 1,380 KRW (Bank of Korea, 2024-10-18)
            digits 3
            26.3 USD/day
            1,230,000 USD   (1.23 million)

            """
        let r = try ProcessRun.run(["run", script(inputs)])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == expected)
    }

    @Test func silentWrongAnswersAreNowErrorsThatTeach() throws {
        let inputs = """
            soldiers + workers
            workers * worker_pay
            1 USD + 1380 KRW
            soldiers = 4
            1800-2200 USD
            max(600,700)
            """
        let r = try ProcessRun.run(["run", "--keep-going", script(inputs)])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        for line in [
            "error[value]: `soldiers` is a counting word, not a number: it needs a number before it",
            "= help: did you mean `worker_count`? Or write a number before it, like `4000 workers`",
            "error[rate]: no exchange rate between USD and KRW is stated",
            "`:rate 1 USD = N KRW from \"SOURCE\" on DATE`",
            "= help: write `let soldiers = …`",
            "= help: `-` subtracts; for a range write `1800 to 2200 USD`",
            "`600,700` was read as one number: a comma between digits groups them",
        ] {
            #expect(r.stderr.contains(line), "missing: \(line)")
        }
    }
}
