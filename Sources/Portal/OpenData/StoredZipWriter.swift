import Catalog
import Foundation

/// Writes a ZIP archive (PKWARE APPNOTE 6.3) whose entries are stored uncompressed (method 0):
/// per entry a local header, the bytes, then one central directory and the end record.
/// Output goes to `emit` piece by piece, so an archive of any size needs no more memory than
/// the largest piece. No ZIP64: an archive past 4 GiB or 65,535 entries is refused.
struct StoredZipWriter {
    enum Failure: Error, Equatable {
        /// Sizes or offsets would not fit the 32-bit fields of a non-ZIP64 archive.
        case tooLarge
        /// A streamed entry's bytes did not match the size or CRC announced in its local header.
        case contentMismatch(name: String)
        /// Names must be relative paths without `..`, backslashes or control characters.
        case invalidName(String)
        case finished
    }

    private struct CentralEntry {
        var name: [UInt8]
        var crc32: UInt32
        var size: UInt32
        var offset: UInt32
        var time: UInt16
        var date: UInt16
    }

    private let emit: ([UInt8]) throws -> Void
    private var entries: [CentralEntry] = []
    private var offset: UInt64 = 0
    private var isFinished = false

    /// Version 2.0 (needed for folders and the UTF-8 flag); "made by" Unix, so modes are read.
    private static let version: UInt16 = 20
    private static let madeBy: UInt16 = 3 << 8 | 20
    /// General purpose bit 11: the name is UTF-8.
    private static let utf8Flag: UInt16 = 0x0800
    /// -rw-r--r-- regular file, in the high half of the external attributes.
    private static let fileMode: UInt32 = 0o100644 << 16

    init(emit: @escaping ([UInt8]) throws -> Void) {
        self.emit = emit
    }

    /// Bytes written so far.
    var length: UInt64 { offset }

    /// One entry whose bytes are all in memory.
    mutating func add(name: String, modified: Date, bytes: [UInt8]) throws {
        try add(name: name, modified: modified, size: UInt64(bytes.count), crc32: CRC32.checksum(bytes)) { write in
            try write(bytes)
        }
    }

    /// One entry streamed by `contents`, which calls `write` with consecutive pieces. The size
    /// and CRC go in the local header, so they must be known beforehand; they are checked
    /// against what was actually streamed and a mismatch throws (the archive is then unusable).
    mutating func add(name: String, modified: Date, size: UInt64, crc32: UInt32,
                      contents: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard !isFinished else { throw Failure.finished }
        let nameBytes = try Self.validated(name)
        guard entries.count < 0xFFFF, size < 0xFFFF_FFFF,
              offset + 30 + UInt64(nameBytes.count) + size < 0xFFFF_FFFF else { throw Failure.tooLarge }
        let (time, date) = Self.dosTimestamp(modified)
        let entry = CentralEntry(name: nameBytes, crc32: crc32, size: UInt32(size), offset: UInt32(offset),
                                 time: time, date: date)
        var header = ByteWriter()
        header.u32(0x0403_4B50)
        header.u16(Self.version)
        header.u16(Self.utf8Flag)
        header.u16(0)                       // method: stored
        header.u16(time)
        header.u16(date)
        header.u32(crc32)
        header.u32(entry.size)              // compressed size
        header.u32(entry.size)              // uncompressed size
        header.u16(UInt16(nameBytes.count))
        header.u16(0)                       // extra field length
        header.bytes += nameBytes
        try write(header.bytes)
        var streamed: UInt64 = 0
        var check = CRC32()
        try contents { piece in
            check.update(piece)
            streamed += UInt64(piece.count)
            try write(piece)
        }
        guard streamed == size, check.value == crc32 else { throw Failure.contentMismatch(name: name) }
        entries.append(entry)
    }

    /// Writes the central directory and the end of central directory record.
    mutating func finish() throws {
        guard !isFinished else { throw Failure.finished }
        isFinished = true
        let directoryStart = offset
        for entry in entries {
            var record = ByteWriter()
            record.u32(0x0201_4B50)
            record.u16(Self.madeBy)
            record.u16(Self.version)
            record.u16(Self.utf8Flag)
            record.u16(0)                   // method: stored
            record.u16(entry.time)
            record.u16(entry.date)
            record.u32(entry.crc32)
            record.u32(entry.size)
            record.u32(entry.size)
            record.u16(UInt16(entry.name.count))
            record.u16(0)                   // extra field length
            record.u16(0)                   // comment length
            record.u16(0)                   // disk number start
            record.u16(0)                   // internal attributes
            record.u32(Self.fileMode)
            record.u32(entry.offset)
            record.bytes += entry.name
            try write(record.bytes)
        }
        let directorySize = offset - directoryStart
        guard directoryStart < 0xFFFF_FFFF, directorySize < 0xFFFF_FFFF else { throw Failure.tooLarge }
        var end = ByteWriter()
        end.u32(0x0605_4B50)
        end.u16(0)                          // this disk
        end.u16(0)                          // disk with the central directory
        end.u16(UInt16(entries.count))
        end.u16(UInt16(entries.count))
        end.u32(UInt32(directorySize))
        end.u32(UInt32(directoryStart))
        end.u16(0)                          // comment length
        try write(end.bytes)
    }

    private mutating func write(_ bytes: [UInt8]) throws {
        try emit(bytes)
        offset += UInt64(bytes.count)
    }

    private static func validated(_ name: String) throws -> [UInt8] {
        let bytes = Array(name.utf8)
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !bytes.isEmpty, bytes.count < 0xFFFF, !name.hasPrefix("/"), !name.contains("\\"),
              !parts.contains(".."), !parts.contains(""), !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { throw Failure.invalidName(name) }
        return bytes
    }

    /// MS-DOS time and date fields in UTC (2-second resolution; 1980 is the earliest year).
    static func dosTimestamp(_ date: Date) -> (time: UInt16, date: UInt16) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = CalendarDay.floorDivide(seconds, 86_400), second = seconds - days * 86_400
        let (year, month, dayOfMonth) = CalendarDay.civil(daysSinceEpoch: days)
        guard year >= 1980 else { return (0, 1 << 5 | 1) }
        let time = (second / 3_600) << 11 | (second / 60 % 60) << 5 | (second % 60) / 2
        let day = min(year - 1980, 127) << 9 | month << 5 | dayOfMonth
        return (UInt16(time), UInt16(day))
    }
}

/// Little-endian integers into a byte buffer, as ZIP headers store them.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func u32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
