import DocSpaceAPI
import Foundation
import Testing

/// The bugs the fuzz test found, each pinned by the smallest input that showed it.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    private func answer(_ body: String, status: Int = 200, headers: HTTPHeaders = ["Content-Type": "application/json"])
        -> HTTPResponse
    {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    @Test(
        "a task percentage that is not a finite whole number is clamped to 0…100 instead of trapping",
        arguments: [
            (#""nan""#, 0), (#""inf""#, 0), (#""-Infinity""#, 0), ("1e300", 100), ("-1e300", 0),
            ("9223372036854775808", 100), ("250", 100), ("-5", 0), (#""37.9""#, 37), ("42.5", 42), ("64", 64),
        ])
    func taskPercentage(wire: String, expected: Int) async throws {
        let body =
            #"{"response":{"id":"t","percentage":\#(wire),"isCompleted":false,"status":1},"status":0,"statusCode":200}"#
        let task = try await FuzzOperation.typeChangeProgress.call(with: answer(body))
        guard case .optionalTask(let progress) = task else {
            Issue.record("not a task: \(task)")
            return
        }
        #expect(progress?.percentage == expected)
    }

    @Test("a 429 whose Retry-After is beyond any whole number describes itself instead of trapping")
    func hugeRetryAfter() async throws {
        for value in ["1e300", "99999999999999999999"] {
            let verdict = await FuzzOracle.judge(
                FuzzInput(
                    seed: 0, operation: .me,
                    response: answer("", status: 429, headers: ["Retry-After": value]),
                    recipe: ["Retry-After: \(value)"]))
            guard case .failed(let error) = verdict, case .rateLimited(let seconds) = error else {
                Issue.record("Retry-After \(value): \(verdict)")
                continue
            }
            #expect(seconds.map { $0 > Double(Int.max) || $0 >= 1e19 } == true)
            #expect(error.description.contains("Too many requests (429)"))
        }
    }

    @Test("a non-JSON answer's Content-Type is scrubbed of the secret in the decoding error")
    func contentTypeScrubbed() async throws {
        for operation in [FuzzOperation.me, .deleteOne, .login] {
            let secret = operation == .login ? FuzzOracle.password : FuzzOracle.apiKey
            let verdict = await FuzzOracle.judge(
                FuzzInput(
                    seed: 0, operation: operation, response: answer("{", headers: ["Content-Type": "text/x-\(secret)"]),
                    recipe: ["secret in Content-Type"]))
            guard case .failed(let error) = verdict, case .decoding(let context) = error else {
                Issue.record("\(operation): \(verdict)")
                continue
            }
            #expect(!context.contains(secret))
            #expect(context.contains("not JSON (text/x-[hidden])"))
        }
    }

    @Test(
        "a page's total is never negative nor below the rows the page reaches (an empty page keeps the portal's count)",
        arguments: [
            // wire total, people on the page, expected total (the query starts at 40)
            ("-1", 2, 42), ("5", 2, 42), ("0", 1, 41), ("37", 0, 37), ("-7", 0, 0), ("100", 2, 100),
        ])
    func pageTotal(total: String, people: Int, expected: Int) async throws {
        let rows = (0..<people).map { #"{"id":"p\#($0)","displayName":"P\#($0)"}"# }.joined(separator: ",")
        let body = #"{"response":[\#(rows)],"count":\#(people),"total":\#(total),"status":0,"statusCode":200}"#
        let value = try await FuzzOperation.list.call(with: answer(body))
        guard case .page(let page) = value else {
            Issue.record("not a page: \(value)")
            return
        }
        #expect(page.total == expected)
        #expect(page.people.count == people)
    }

    @Test("usedSpace written as \"nan\" or \"inf\" is absent, not a NaN in the model")
    func nonFiniteUsedSpace() async throws {
        for wire in [#""nan""#, #""inf""#, #""-inf""#, #""1e999""#] {
            let body = #"{"response":{"id":"p","displayName":"P","usedSpace":\#(wire)},"status":0,"statusCode":200}"#
            let value = try await FuzzOperation.me.call(with: answer(body))
            guard case .person(let person) = value else {
                Issue.record("not a person: \(value)")
                continue
            }
            #expect(person.usedSpace == nil, "usedSpace \(wire)")
        }
    }
}
