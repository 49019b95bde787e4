import Foundation
import Storage
import Crypto
import Accounts

/// Employee needs questionnaires (`needs_survey*`). A firm gets two links: the public one
/// (plain token, staff answer there) and the admin one (192-bit token, only its SHA-256 is
/// stored). Answers keep no time and no client data. Creating and closing are audit-logged.
public struct NeedsSurveyRepository: Sendable {
    private let database: DatabasePool
    private let clock: any AuthClock
    private let random: any RandomSource
    private let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock, random: any RandomSource) {
        self.database = database
        self.clock = clock
        self.random = random
        audit = AuditLogWriter(clock: clock)
    }

    /// Today's UTC day, `YYYY-MM-DD`.
    public var today: String { SurveyDay.string(clock.nowSeconds()) }

    /// The closing day the creation form suggests: four weeks from today.
    public var suggestedClosingDay: String { SurveyDay.string(clock.nowSeconds() + 28 * 86_400) }

    /// Creates a survey; returns its id and the tokens of the public and admin links.
    /// - Throws: `CatalogError.invalid` for a missing or too long firm name, a bad closing day.
    public func create(firmName: String, comuneID: Int64?, closesOn: String) throws -> (id: Int64, publicToken: String, adminToken: String) {
        let now = clock.nowSeconds()
        let errors = Self.surveyErrors(firmName: firmName, closesOn: closesOn, now: now)
        guard errors.isEmpty else { throw CatalogError.invalid(errors) }
        let publicToken = AuthEncoding.base64URL(try random.bytes(count: 18))
        let adminToken = AuthEncoding.base64URL(try random.bytes(count: 24))
        let id = try database.write { db in
            try db.run("""
                INSERT INTO needs_survey (public_token, admin_token_hash, firm_name, comune_id, closes_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, publicToken, SHA256.hexDigest(adminToken), firmName, comuneID, closesOn, now)
            let id = db.lastInsertRowID
            try audit.record("needs_survey.create", by: .system, entityType: "needs_survey", entityID: String(id),
                             summary: "Questionario sui bisogni dei dipendenti, chiude il \(closesOn)", in: db)
            return id
        }
        return (id, publicToken, adminToken)
    }

    /// What is wrong with a new survey's fields, in form order (empty when they are fine).
    public static func surveyErrors(firmName: String, closesOn: String, now: Int64) -> [FieldError] {
        var errors: [FieldError] = []
        if firmName.isEmpty { errors.append(FieldError(field: "firm_name", message: "Scrivi il nome dell'impresa")) }
        if firmName.count > 200 { errors.append(FieldError(field: "firm_name", message: "Il nome può avere al massimo 200 caratteri")) }
        if !SurveyDay.isValid(closesOn) {
            errors.append(FieldError(field: "closes_on", message: "Scrivi la data di chiusura come AAAA-MM-GG, per esempio 2027-01-31"))
        } else if closesOn < SurveyDay.string(now) || closesOn > SurveyDay.string(now + 366 * 86_400) {
            errors.append(FieldError(field: "closes_on", message: "La data di chiusura deve essere tra oggi e un anno da oggi"))
        }
        return errors
    }

    /// What is wrong with an answer (`comune` is the form's own check), empty when it is fine.
    public static func answerErrors(_ answer: NeedsSurveyAnswer, knownNeeds: Set<String>) -> [FieldError] {
        var errors: [FieldError] = []
        if answer.needCodes.isEmpty || !answer.needCodes.isSubset(of: knownNeeds) {
            errors.append(FieldError(field: "bisogni", message: "Scegli almeno un bisogno dall'elenco"))
        }
        if answer.children == nil { errors.append(FieldError(field: "figli", message: "Indica quanti figli sotto i 14 anni vivono con te")) }
        return errors
    }

    /// The survey behind a public link's token, or nil.
    public func survey(publicToken token: String) throws -> NeedsSurvey? {
        guard !token.isEmpty, token.utf8.count <= 64 else { return nil }
        return try database.read { db in try Self.load(db, where: "public_token = ?", token) }
    }

    /// The survey behind an admin link's token, or nil.
    public func survey(adminToken token: String) throws -> NeedsSurvey? {
        guard !token.isEmpty, token.utf8.count <= 64 else { return nil }
        return try database.read { db in try Self.load(db, where: "admin_token_hash = ?", SHA256.hexDigest(token)) }
    }

    /// Stores one answer. - Throws: `CatalogError.notFound` when the survey is closed or gone,
    /// `CatalogError.invalid` without needs, with an unknown need or without the household.
    public func answer(surveyID: Int64, _ answer: NeedsSurveyAnswer) throws {
        let day = today
        try database.write { db in
            guard let survey = try Self.load(db, where: "id = ?", surveyID), survey.isOpen(today: day) else { throw CatalogError.notFound }
            let known = Set(try db.query("SELECT code FROM need").map { try $0.get("code", as: String.self) })
            let errors = Self.answerErrors(answer, knownNeeds: known)
            guard errors.isEmpty else { throw CatalogError.invalid(errors) }
            try db.run("INSERT INTO needs_survey_response (survey_id, comune_id, children_band, elderly_care, disability) VALUES (?, ?, ?, ?, ?)",
                       surveyID, answer.comuneID, answer.children!.rawValue, answer.elderlyCare ? 1 : 0, answer.disability ? 1 : 0)
            let response = db.lastInsertRowID
            for code in answer.needCodes.sorted() {
                try db.run("INSERT INTO needs_survey_response_need (response_id, need_code) VALUES (?, ?)", response, code)
            }
        }
    }

    /// Closes a survey before its closing day; closing twice changes nothing.
    public func close(id: Int64) throws {
        let now = clock.nowSeconds()
        try database.write { db in
            try db.run("UPDATE needs_survey SET closed_at = ? WHERE id = ? AND closed_at IS NULL", now, id)
            guard db.changes > 0 else { return }
            try audit.record("needs_survey.close", by: .system, entityType: "needs_survey", entityID: String(id),
                             summary: "Questionario chiuso dall'impresa", in: db)
        }
    }

    /// The raw counts of a survey's answers.
    public func tally(surveyID: Int64) throws -> NeedsSurveyTally {
        try database.read { db in
            var tally = NeedsSurveyTally()
            for row in try db.query("""
                SELECT children_band, elderly_care, disability, comune_id FROM needs_survey_response WHERE survey_id = ?
                """, surveyID) {
                tally.responses += 1
                if let band = ChildrenBand(rawValue: try row.get("children_band")) { tally.children[band, default: 0] += 1 }
                tally.elderlyCare += try row.get("elderly_care", as: Int.self)
                tally.disability += try row.get("disability", as: Int.self)
                if let comune = try row.get("comune_id", as: Int64?.self) { tally.comuni[comune, default: 0] += 1 }
            }
            for row in try db.query("""
                SELECT n.need_code, count(*) AS answers FROM needs_survey_response_need n
                JOIN needs_survey_response r ON r.id = n.response_id WHERE r.survey_id = ? GROUP BY n.need_code
                """, surveyID) {
                tally.needs[try row.get("need_code")] = try row.get("answers", as: Int.self)
            }
            return tally
        }
    }

    static func load(_ db: Connection, where condition: String, _ value: any SQLBindable) throws -> NeedsSurvey? {
        guard let row = try db.queryOne("""
            SELECT id, public_token, firm_name, comune_id, closes_on, closed_at, created_at FROM needs_survey WHERE \(condition)
            """, value) else { return nil }
        return NeedsSurvey(id: try row.get("id"), publicToken: try row.get("public_token"), firmName: try row.get("firm_name"),
                           comuneID: try row.get("comune_id"), closesOn: try row.get("closes_on"), closedAt: try row.get("closed_at"),
                           createdAt: try row.get("created_at"))
    }
}
