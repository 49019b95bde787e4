import Foundation
import Testing
import TestSupport
@testable import Portal

/// The search page, the comune picker and the enterprises page with a form error, in Italian and English over a real
/// socket: the page's `<h1>` comes first, the error summary right after it (still the element
/// that takes focus), and no other heading comes before the h1.
@Suite(.blocking) struct ErrorSummaryOrderE2ETests {
    @Test(arguments: [
        ("/cerca?comune=Pinzzz", "Cerca un servizio", "C&#39;è un problema"),
        ("/en/cerca?comune=Pinzzz", nil, "There is a problem"),
        ("/territori?comune=Pinerollo", nil, "C&#39;è un problema"),
        ("/en/territori?comune=Pinerollo", nil, "There is a problem"),
        ("/imprese?comune=Pinzzz", "Per le imprese", "C&#39;è un problema"),
    ] as [(String, String?, String)])
    func theHeadingComesFirstAndTheErrorSummaryRightAfterIt(target: String, title: String?, summaryTitle: String) throws {
        let portal = try DemoPortal.get()
        let reply = try portal.get(target)
        #expect(reply.status == 200, "\(target)")
        let page = reply.text
        let main = try #require(page.range(of: "<main"), "\(target) has a main")
        let body = page[main.lowerBound...]
        let h1 = try #require(body.range(of: "<h1>"), "\(target) has an h1")
        let h1End = try #require(body.range(of: "</h1>", range: h1.upperBound..<body.endIndex))
        if let title { #expect(body[h1.upperBound..<h1End.lowerBound] == title) }
        let summary = try #require(body.range(of: "<div class=\"error-summary\""), "\(target) shows the error summary")
        let headingFirst = h1.lowerBound < summary.lowerBound
        #expect(headingFirst, "\(target): h1 before the error summary")
        let between = headingFirst ? String(body[h1End.upperBound..<summary.lowerBound]) : "(summary first)"
        #expect(between.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(target): the summary follows the h1, not \(between)")
        #expect(body[..<h1.lowerBound].range(of: "<h2") == nil, "\(target): no h2 before the h1")
        let summaryTag = body[summary.lowerBound...].prefix { $0 != ">" }
        #expect(summaryTag.contains("autofocus") && summaryTag.contains("tabindex=\"-1\"") && summaryTag.contains("role=\"alert\""))
        #expect(body.contains("<h2 id=\"error-summary-title\">\(summaryTitle)</h2>"))
        #expect(page.components(separatedBy: " autofocus").count == 2, "\(target): only the summary takes focus")
    }
}
