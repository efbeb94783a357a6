import Foundation

/// Where a build spent its time, stage by stage, for `build --timings` and `make bench`. Wall
/// time is measured around each stage; CPU time is the whole process's user+system time over the
/// same span, so a stage that runs on all cores shows more CPU than wall time.
public struct BuildTimings: Sendable {
    /// The stages in the order they first ran; a stage measured twice adds up.
    public private(set) var stages: [StageTiming] = []

    public init() {}

    /// Runs `body` and adds its wall and CPU seconds to the stage `name`.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let wallStart = DispatchTime.now().uptimeNanoseconds, cpuStart = Self.processCPUSeconds()
        defer {
            add(name, wall: Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9, cpu: Self.processCPUSeconds() - cpuStart)
        }
        return try body()
    }

    /// Adds seconds to the stage `name`, creating it at the end when it is new.
    public mutating func add(_ name: String, wall: Double, cpu: Double) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].wall += wall
            stages[index].cpu += cpu
        } else {
            stages.append(StageTiming(name: name, wall: wall, cpu: cpu))
        }
    }

    /// One line per stage and a total: `render      1.234 s wall   2.345 s CPU`.
    public var table: String {
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        let total = StageTiming(name: "total", wall: stages.reduce(0) { $0 + $1.wall }, cpu: stages.reduce(0) { $0 + $1.cpu })
        return (stages + [total]).map { stage in
            stage.name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: " %8.3f s wall %8.3f s CPU", stage.wall, stage.cpu)
        }.joined(separator: "\n")
    }

    /// User plus system CPU seconds of this process so far, all threads.
    public static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// One stage's share of a build, in seconds.
public struct StageTiming: Sendable, Equatable {
    public var name: String
    public var wall: Double
    public var cpu: Double
}
