import Testing
@testable import HTTPServer

/// A hand-advanced clock in nanoseconds.
struct ManualClock {
    var now: Int64 = 1_000_000_000
    mutating func advance(ms: Int64) { now += ms * 1_000_000 }
}

@Suite struct ConnectionStateMachineTests {
    let timeouts = ConnectionStateMachine.Timeouts(
        header: 100_000_000, body: 200_000_000, idle: 1_000_000_000, write: 300_000_000, linger: 50_000_000)

    @Test func idleConnectionClosesSilentlyAtTheIdleTimeout() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        clock.advance(ms: 999)
        #expect(sm.timerFired(now: clock.now) == .none)
        clock.advance(ms: 1)
        #expect(sm.timerFired(now: clock.now) == .close)
    }

    @Test func hugeTimeoutsSaturateInsteadOfWrapping() {
        let never = ConnectionStateMachine.Timeouts(header: .max, body: .max, idle: .max, write: .max)
        var sm = ConnectionStateMachine(timeouts: never, now: 5_000_000_000)
        #expect(sm.deadline == Int64.max)
        #expect(sm.timerFired(now: 6_000_000_000) == .none)
        let wheel = TimerWheel(tickNanos: 10_000_000, slots: 8, now: 0)
        #expect(wheel.tick(for: Int64.max) == 7)
    }

    @Test func tricklingBytesDoesNotExtendTheHeaderTimeout() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        for _ in 0..<9 {
            clock.advance(ms: 10)
            sm.bytesArrived(now: clock.now)
            #expect(sm.timerFired(now: clock.now) == .none)
        }
        clock.advance(ms: 10)
        #expect(sm.timerFired(now: clock.now) == .timeoutAndClose)
    }

    @Test func bodyTimeoutStartsWhenTheHeadIsComplete() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        clock.advance(ms: 90)
        sm.headReceived(now: clock.now, hasBody: true)
        clock.advance(ms: 199)
        #expect(sm.timerFired(now: clock.now) == .none)
        clock.advance(ms: 1)
        #expect(sm.timerFired(now: clock.now) == .timeoutAndClose)
    }

    @Test func processingHasNoDeadline() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        #expect(sm.deadline == nil)
        clock.advance(ms: 60_000)
        #expect(sm.timerFired(now: clock.now) == .none)
    }

    @Test func keepAliveResponseReturnsToIdleWithAFreshIdleTimeout() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        clock.advance(ms: 5000)
        sm.responseQueued(now: clock.now, keepAlive: true)
        #expect(sm.phase == .idle)
        #expect(sm.deadline == clock.now + timeouts.idle)
        #expect(sm.outputDrained(now: clock.now) == .none)
    }

    @Test func blockedOutputClosesAtTheWriteTimeoutEvenWhenIdle() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        sm.responseQueued(now: clock.now, keepAlive: true)
        sm.outputBlocked(now: clock.now, madeProgress: false)
        clock.advance(ms: 100)
        sm.outputBlocked(now: clock.now, madeProgress: false)  // no progress: no extension
        clock.advance(ms: 200)
        #expect(sm.timerFired(now: clock.now) == .close)
    }

    @Test func writeProgressExtendsTheWriteTimeout() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        sm.responseQueued(now: clock.now, keepAlive: false)
        sm.outputBlocked(now: clock.now, madeProgress: false)
        clock.advance(ms: 250)
        sm.outputBlocked(now: clock.now, madeProgress: true)
        clock.advance(ms: 250)
        #expect(sm.timerFired(now: clock.now) == .none)
        clock.advance(ms: 50)
        #expect(sm.timerFired(now: clock.now) == .close)
    }

    @Test func lastResponseLingersAfterDrainingThenCloses() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        sm.responseQueued(now: clock.now, keepAlive: false)
        #expect(sm.phase == .closing)
        #expect(sm.outputDrained(now: clock.now) == .linger)
        clock.advance(ms: 50)
        #expect(sm.timerFired(now: clock.now) == .close)
    }

    @Test func shutdownClosesIdleAndRefusesKeepAliveForInFlight() {
        let clock = ManualClock()
        var idle = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        #expect(idle.shutdownRequested() == .close)
        var busy = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        busy.bytesArrived(now: clock.now)
        busy.headReceived(now: clock.now, hasBody: false)
        #expect(busy.shutdownRequested() == .none)
        #expect(!busy.allowsKeepAlive(requested: true))
    }

    @Test func peerCloseWhileProcessingStillAnswers() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        #expect(sm.peerClosed(outputPending: false) == .close)
        var busy = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        busy.bytesArrived(now: clock.now)
        busy.headReceived(now: clock.now, hasBody: false)
        #expect(busy.peerClosed(outputPending: false) == .none)
    }

    @Test func peerCloseAfterAQueuedResponseDeliversItFirst() {
        var clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.now)
        sm.bytesArrived(now: clock.now)
        sm.headReceived(now: clock.now, hasBody: false)
        sm.responseQueued(now: clock.now, keepAlive: true)
        #expect(sm.peerClosed(outputPending: true) == .none)
        #expect(sm.phase == .closing)
        clock.advance(ms: 1)
        #expect(sm.outputDrained(now: clock.now) == .linger)
    }
}

@Suite struct TimerWheelTests {
    @Test func firesEntriesOnlyOnceTheirTickHasPassed() {
        var wheel = TimerWheel(tickNanos: 10_000_000, slots: 8, now: 0)
        wheel.insert(fd: 3, serial: 1, tick: wheel.tick(for: 25_000_000))
        var fired: [TimerWheel.Entry] = []
        wheel.expire(now: 20_000_000, into: &fired)
        #expect(fired.isEmpty)
        wheel.expire(now: 30_000_000, into: &fired)
        #expect(fired.map(\.fd) == [3])
        #expect(wheel.count == 0)
    }

    @Test func clampsFarDeadlinesToTheHorizonAndSurvivesLongSleeps() {
        var wheel = TimerWheel(tickNanos: 10_000_000, slots: 8, now: 0)
        let tick = wheel.tick(for: 10_000_000_000)
        #expect(tick == 7)
        wheel.insert(fd: 4, serial: 1, tick: tick)
        var fired: [TimerWheel.Entry] = []
        wheel.expire(now: 1_000_000_000_000, into: &fired)
        #expect(fired.count == 1)
        #expect(wheel.millisecondsUntilNextTick(now: 1_000_000_000_000) == -1)
    }
}
