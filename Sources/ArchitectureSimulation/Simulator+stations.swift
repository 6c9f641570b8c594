import DequeModule
import Foundation

extension Simulator {
    /// A job reaches its station: it fails at once, hangs on a down replica, is rejected, waits in
    /// the queue, or starts service (simulation.md, "Servers", "Failures", "Rate limits").
    mutating func admit(_ job: Int32) {
        let index = Int(jobs[job].station)
        let station = plan.stations[index]
        let up = stations[index].upReplicas
        if up == 0 || jobs[job].depth > Self.maxDepth {
            queue.schedule(.jobFailed, at: now, a: job)
            return
        }
        if !station.healthChecked, up < station.replicas,
            balancing.uniform() * Double(station.replicas) < Double(station.replicas - up)
        {
            queue.schedule(.jobFailed, at: now + Self.hangSeconds, a: job)
            return
        }
        let errorRate = stations[index].errorRate
        if errorRate > 0, balancing.uniform() < errorRate {
            queue.schedule(.jobFailed, at: now, a: job)
            return
        }
        // Messages wait in their topic instead of being turned away.
        if jobs[job].role == .request, !accepts(index, station) {
            stations[index].rejections += 1
            queue.schedule(.jobFailed, at: now, a: job)
            return
        }
        jobs[job].holdsSlot = true
        jobs[job].arrival = now
        stations[index].account(at: now, window: window)
        stations[index].inFlight += 1
        stations[index].present += 1
        if now < window { stations[index].visits += 1 }
        if station.serviceTime == 0 {
            // No service time: no workers and no queue, only the time a latency fault adds.
            queue.schedule(.serviceDone, at: now + stations[index].extraLatency, a: job)
        } else if stations[index].busy < stations[index].capacity {
            startService(job, at: index)
        } else {
            stations[index].queue.append(job)
        }
    }

    private mutating func accepts(_ index: Int, _ station: SimulationPlan.Station) -> Bool {
        if let rate = station.rateLimit, !stations[index].takeToken(at: now, rate: rate) { return false }
        let up = stations[index].upReplicas
        if let limit = station.maxInFlight, stations[index].inFlight >= limit * up { return false }
        if let limit = station.maxQueue, stations[index].busy >= stations[index].capacity,
            stations[index].queue.count >= limit * up
        {
            return false
        }
        return true
    }

    private mutating func startService(_ job: Int32, at index: Int) {
        stations[index].busy += 1
        let station = plan.stations[index]
        let time: Double
        if let sigma = station.sigma {
            time = exp(log(station.serviceTime) - sigma * sigma / 2 + sigma * serviceTimes.normal())
        } else {
            time = serviceTimes.exponential(mean: station.serviceTime)
        }
        queue.schedule(.serviceDone, at: now + time + stations[index].extraLatency, a: job)
    }

    mutating func serviceDone(_ job: Int32) {
        let index = Int(jobs[job].station)
        stations[index].account(at: now, window: window)
        stations[index].present -= 1
        stations[index].completed += 1
        if jobs[job].arrival < window { stations[index].sojournSum += now - jobs[job].arrival }
        if plan.stations[index].serviceTime > 0 {
            stations[index].busy -= 1
            startQueued(at: index)
        }
        if jobs[job].role == .brokerHop {
            fanOut(topic: Int(jobs[job].publishList), chain: jobs[job].chain)
            finish(job)
        } else {
            advance(job)
        }
    }

    /// Starts queued jobs while workers are free.
    mutating func startQueued(at index: Int) {
        while stations[index].busy < stations[index].capacity, let next = stations[index].queue.popFirst() {
            startService(next, at: index)
        }
    }

    // MARK: Messages

    /// Publishes one message to each topic of the job's publish list; without its broker up (and no
    /// outbox) the publishing request fails.
    mutating func publish(_ job: Int32) {
        let list = Int(jobs[job].publishList)
        guard list >= 0 else { return }
        for topic in plan.publishLists[list] {
            let bit: UInt64 = 1 << UInt64(topic % 64)
            guard jobs[job].chain & bit == 0 else { continue }
            let broker = plan.topicBroker[topic]
            if stations[broker].upReplicas == 0, !plan.stations[Int(jobs[job].station)].outbox {
                jobs[job].failed = true
                continue
            }
            let chain = jobs[job].chain | bit
            if plan.stations[broker].serviceTime > 0, stations[broker].upReplicas > 0 {
                let hop = makeJob(station: Int32(broker), context: 0, role: .brokerHop, publishList: Int32(topic))
                jobs[hop].chain = chain
                admit(hop)
            } else {
                fanOut(topic: topic, chain: chain)
            }
        }
    }

    /// Every subscriber of the topic gets the message.
    mutating func fanOut(topic: Int, chain: UInt64) {
        for subscriber in plan.subscribers[topic] {
            let message = makeJob(
                station: Int32(subscriber.service),
                context: Int32(plan.messageContext),
                role: .message,
                publishList: Int32(subscriber.publishList)
            )
            jobs[message].chain = chain
            admit(message)
        }
    }

    // MARK: Faults

    mutating func apply(_ effect: FaultPlan.Effect, starting: Bool) {
        let sign = starting ? 1 : -1
        switch effect {
        case .zoneOutage(let zone):
            for index in stations.indices {
                let zones = plan.replicaZones[index]
                let hit = zones.indices.filter { zones[$0] == zone }
                if !hit.isEmpty { markDown(index, replicas: hit, by: sign) }
            }
        case .crash(let index, let replicas):
            let count = min(replicas ?? plan.stations[index].replicas, plan.stations[index].replicas)
            markDown(index, replicas: Array(0..<count), by: sign)
        case .latency(let index, let add):
            stations[index].extraLatency = max(0, stations[index].extraLatency + Double(sign) * add)
        case .errors(let index, let rate):
            stations[index].errorRate = max(0, stations[index].errorRate + Double(sign) * rate)
        case .loadSpike(let factor):
            rateFactor = starting ? rateFactor * factor : rateFactor / factor
            restartArrivals()
        }
    }

    /// Changes the down count of some replicas; workers follow the up replicas. Requests in service on
    /// a replica that goes down still complete; with no replica left, the queue fails at once.
    private mutating func markDown(_ index: Int, replicas: [Int], by sign: Int) {
        stations[index].account(at: now, window: window)
        for replica in replicas { stations[index].replicaDown[replica] += sign }
        let up = stations[index].replicaDown.count { $0 == 0 }
        stations[index].upReplicas = up
        stations[index].capacity = up * plan.stations[index].concurrency
        if up == 0 {
            while let job = stations[index].queue.popFirst() {
                stations[index].present -= 1
                queue.schedule(.jobFailed, at: now, a: job)
            }
        } else {
            startQueued(at: index)
        }
    }
}
