import Testing
@testable import KamerArchief

@Suite("the linker's order of Kamerstukken")
struct LinkerSortTests {
    @Test("Kamerstuk numbers sorted on ranks come out as KamerstukNumber.< sorts them")
    func ranksKeepTheNaturalOrder() {
        let dossiers = ["21501-30", "21501-2", "21501-02", "36600-XIV", "36600-IV", "32813", "7", "007", "29826", "2025Z01234", "é1"]
        let ondernummers = ["1", "2", "10", "12", "010", "10a", "3121", "277"]
        var state: UInt64 = 20_261_201
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let numbers = Set((0..<(1 + next(60))).map { _ in
                KamerstukNumber(dossier: dossiers[next(dossiers.count)], ondernummer: ondernummers[next(ondernummers.count)])
            })
            #expect(Linker.inNaturalOrder(numbers) == numbers.sorted())
        }
    }
}
