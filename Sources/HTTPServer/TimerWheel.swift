/// A hashed timer wheel of connection deadlines for one event loop. Entries are lazy: a
/// connection keeps at most one "canonical" entry (its earliest), and when an entry fires the
/// loop re-checks the connection's current deadline, re-inserting it if it moved later. Moving a
/// deadline later therefore costs nothing, which is the common case on keep-alive connections.
struct TimerWheel {
    struct Entry {
        var fd: Int32
        var serial: UInt32
        var tick: Int64
    }

    let tickNanos: Int64
    private var buckets: [[Entry]]
    private(set) var currentTick: Int64
    private(set) var count = 0

    init(tickNanos: Int64, slots: Int = 512, now: Int64) {
        self.tickNanos = max(1_000_000, tickNanos)
        buckets = Array(repeating: [], count: slots)
        currentTick = now / self.tickNanos
    }

    /// The tick an entry for `deadline` is filed under (clamped to the wheel's horizon).
    func tick(for deadline: Int64) -> Int64 {
        let t = deadline / tickNanos + (deadline % tickNanos == 0 ? 0 : 1)  // no overflow near Int64.max
        return min(max(t, currentTick + 1), currentTick + Int64(buckets.count - 1))
    }

    mutating func insert(fd: Int32, serial: UInt32, tick: Int64) {
        buckets[Int(tick % Int64(buckets.count))].append(Entry(fd: fd, serial: serial, tick: tick))
        count += 1
    }

    /// Milliseconds until the next tick, or -1 when nothing is scheduled (for epoll_wait).
    func millisecondsUntilNextTick(now: Int64) -> Int32 {
        guard count > 0 else { return -1 }
        let next = (currentTick + 1) * tickNanos
        return Int32(clamping: max(0, (next - now + 999_999) / 1_000_000))
    }

    /// Moves every entry whose tick has passed into `due` (appending). The caller handles them
    /// after this returns, so handlers may insert into the wheel again.
    mutating func expire(now: Int64, into due: inout [Entry]) {
        let target = now / tickNanos
        guard count > 0 else { currentTick = max(currentTick, target); return }
        let steps = min(target - currentTick, Int64(buckets.count))
        var step: Int64 = 0
        while step < steps {
            step += 1
            currentTick += 1
            let slot = Int(currentTick % Int64(buckets.count))
            guard !buckets[slot].isEmpty else { continue }
            due.append(contentsOf: buckets[slot])
            count -= buckets[slot].count
            buckets[slot].removeAll(keepingCapacity: true)
        }
        currentTick = max(currentTick, target)
    }
}
