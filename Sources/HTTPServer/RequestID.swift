/// Request ids: `<loop>-<counter>` in lowercase base 36 (`0-1a2b`), unique within one process
/// run without any shared state: each event loop counts its own requests.
enum RequestID {
    private static let digits: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    static func format(loop: Int, counter: UInt64) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var end = 32
            var n = counter
            repeat {
                end -= 1
                buffer[end] = digits[Int(n % 36)]
                n /= 36
            } while n > 0
            end -= 1
            buffer[end] = 45  // "-"
            var l = UInt64(max(0, loop))
            repeat {
                end -= 1
                buffer[end] = digits[Int(l % 36)]
                l /= 36
            } while l > 0 && end > 0
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<32]), as: UTF8.self)
        }
    }
}
