import Foundation

/// One line of the bundled `piemonte-comuni.csv` (ISTAT, with postal codes).
struct ComuneRecord: Equatable {
    var istatCode: String
    var name: String
    var provinceCode: String
    var provinceName: String
    var provinceIstatCode: String
    var isCapoluogo: Bool
    var cadastralCode: String
    var nuts3: String
    var postalCodes: [String]

    static let header = ["istat_code", "name", "province_code", "province_name", "province_istat",
                         "is_capoluogo", "cadastral_code", "nuts3", "postal_codes"]

    /// Reads the bundled file (`Resources/piemonte-comuni.csv` in the Catalog bundle).
    /// - Throws: `SeedError` if it is missing or malformed.
    static func loadBundled() throws -> [ComuneRecord] {
        guard let url = Bundle.module.url(forResource: "piemonte-comuni", withExtension: "csv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "piemonte-comuni", withExtension: "csv") else {
            throw SeedError.missingResource("piemonte-comuni.csv")
        }
        return try parse(Array(try Data(contentsOf: url)))
    }

    /// Parses the CSV bytes (RFC 4180, UTF-8) and checks every field.
    static func parse(_ bytes: [UInt8]) throws -> [ComuneRecord] {
        let table: CSVTable
        do { table = try CSVParser.parse(bytes) } catch { throw SeedError.badComuniFile(line: 0, reason: error.message) }
        guard table.header == header else { throw SeedError.badComuniFile(line: 1, reason: "intestazione inattesa") }
        return try table.records.map { record in
            let f = record.fields
            guard f.count == header.count, f[0].count == 6, f[2].count == 2, f[6].count == 4, !f[1].isEmpty else {
                throw SeedError.badComuniFile(line: record.line, reason: "campi mancanti o non validi")
            }
            let caps = f[8].split(separator: " ").map(String.init)
            guard caps.allSatisfy({ $0.count == 5 && $0.allSatisfy(\.isNumber) }) else {
                throw SeedError.badComuniFile(line: record.line, reason: "CAP non valido")
            }
            return ComuneRecord(istatCode: f[0], name: f[1], provinceCode: f[2], provinceName: f[3],
                                provinceIstatCode: f[4], isCapoluogo: f[5] == "1", cadastralCode: f[6],
                                nuts3: f[7], postalCodes: caps)
        }
    }
}
