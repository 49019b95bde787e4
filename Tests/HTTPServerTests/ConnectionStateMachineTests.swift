import Testing
@testable import HTTPServer
import TestSupport

@Suite struct ConnectionStateMachineTests {
    let timeouts = ConnectionStateMachine.Timeouts(
        header: 100_000_000, body: 200_000_000, idle: 1_000_000_000, write: 300_000_000, linger: 50_000_000)

    @Test func idleConnectionClosesSilentlyAtTheIdleTimeout() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        clock.advance(.milliseconds(999))
        #expect(sm.timerFired(now: clock.nanoseconds) == .none)
        clock.advance(.milliseconds(1))
        #expect(sm.timerFired(now: clock.nanoseconds) == .close)
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
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        for _ in 0..<9 {
            clock.advance(.milliseconds(10))
            sm.bytesArrived(now: clock.nanoseconds)
            #expect(sm.timerFired(now: clock.nanoseconds) == .none)
        }
        clock.advance(.milliseconds(10))
        #expect(sm.timerFired(now: clock.nanoseconds) == .timeoutAndClose)
    }

    @Test func bodyTimeoutStartsWhenTheHeadIsComplete() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        clock.advance(.milliseconds(90))
        sm.headReceived(now: clock.nanoseconds, hasBody: true)
        clock.advance(.milliseconds(199))
        #expect(sm.timerFired(now: clock.nanoseconds) == .none)
        clock.advance(.milliseconds(1))
        #expect(sm.timerFired(now: clock.nanoseconds) == .timeoutAndClose)
    }

    @Test func processingHasNoDeadline() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        #expect(sm.deadline == nil)
        clock.advance(.milliseconds(60_000))
        #expect(sm.timerFired(now: clock.nanoseconds) == .none)
    }

    @Test func keepAliveResponseReturnsToIdleWithAFreshIdleTimeout() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        clock.advance(.milliseconds(5000))
        sm.responseQueued(now: clock.nanoseconds, keepAlive: true)
        #expect(sm.phase == .idle)
        #expect(sm.deadline == clock.nanoseconds + timeouts.idle)
        #expect(sm.outputDrained(now: clock.nanoseconds) == .none)
    }

    @Test func blockedOutputClosesAtTheWriteTimeoutEvenWhenIdle() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        sm.responseQueued(now: clock.nanoseconds, keepAlive: true)
        sm.outputBlocked(now: clock.nanoseconds, madeProgress: false)
        clock.advance(.milliseconds(100))
        sm.outputBlocked(now: clock.nanoseconds, madeProgress: false)  // no progress: no extension
        clock.advance(.milliseconds(200))
        #expect(sm.timerFired(now: clock.nanoseconds) == .close)
    }

    @Test func writeProgressExtendsTheWriteTimeout() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        sm.responseQueued(now: clock.nanoseconds, keepAlive: false)
        sm.outputBlocked(now: clock.nanoseconds, madeProgress: false)
        clock.advance(.milliseconds(250))
        sm.outputBlocked(now: clock.nanoseconds, madeProgress: true)
        clock.advance(.milliseconds(250))
        #expect(sm.timerFired(now: clock.nanoseconds) == .none)
        clock.advance(.milliseconds(50))
        #expect(sm.timerFired(now: clock.nanoseconds) == .close)
    }

    @Test func lastResponseLingersAfterDrainingThenCloses() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        sm.responseQueued(now: clock.nanoseconds, keepAlive: false)
        #expect(sm.phase == .closing)
        #expect(sm.outputDrained(now: clock.nanoseconds) == .linger)
        clock.advance(.milliseconds(50))
        #expect(sm.timerFired(now: clock.nanoseconds) == .close)
    }

    @Test func shutdownClosesIdleAndRefusesKeepAliveForInFlight() {
        let clock = ManualClock()
        var idle = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        #expect(idle.shutdownRequested() == .close)
        var busy = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        busy.bytesArrived(now: clock.nanoseconds)
        busy.headReceived(now: clock.nanoseconds, hasBody: false)
        #expect(busy.shutdownRequested() == .none)
        #expect(!busy.allowsKeepAlive(requested: true))
    }

    @Test func peerCloseWhileProcessingStillAnswers() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        #expect(sm.peerClosed(outputPending: false) == .close)
        var busy = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        busy.bytesArrived(now: clock.nanoseconds)
        busy.headReceived(now: clock.nanoseconds, hasBody: false)
        #expect(busy.peerClosed(outputPending: false) == .none)
    }

    @Test func peerCloseAfterAQueuedResponseDeliversItFirst() {
        let clock = ManualClock()
        var sm = ConnectionStateMachine(timeouts: timeouts, now: clock.nanoseconds)
        sm.bytesArrived(now: clock.nanoseconds)
        sm.headReceived(now: clock.nanoseconds, hasBody: false)
        sm.responseQueued(now: clock.nanoseconds, keepAlive: true)
        #expect(sm.peerClosed(outputPending: true) == .none)
        #expect(sm.phase == .closing)
        clock.advance(.milliseconds(1))
        #expect(sm.outputDrained(now: clock.nanoseconds) == .linger)
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
