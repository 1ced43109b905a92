import LinearRNN
import Testing

/// The choice of OpenBLAS kernel on processors its build does not recognise.
@Suite struct BLASKernelTests {
    static let avx512 = Set("fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl".split(separator: " ").map(String.init))

    @Test func genericKernelOnAnAVX512MachineAsksForSkylakeX() {
        #expect(BLASKernel.preferredCoreType(chosen: "Prescott", flags: Self.avx512) == "SkylakeX")
    }

    @Test func genericKernelWithAVX2AsksForHaswell() {
        #expect(BLASKernel.preferredCoreType(chosen: "Prescott", flags: ["sse2", "avx", "avx2", "fma"]) == "Haswell")
    }

    @Test func knownKernelOrOldCPUKeepsOpenBLASsChoice() {
        #expect(BLASKernel.preferredCoreType(chosen: "Haswell", flags: Self.avx512) == nil)
        #expect(BLASKernel.preferredCoreType(chosen: "Zen", flags: Self.avx512) == nil)
        #expect(BLASKernel.preferredCoreType(chosen: "Prescott", flags: ["sse2", "avx"]) == nil)
    }

    @Test func flagsComeFromTheFirstFlagsLine() {
        let cpuinfo = "processor\t: 0\nmodel name\t: Xeon\nflags\t\t: fpu avx2 fma\nbugs\t\t: spectre\n\nprocessor\t: 1\nflags\t\t: fpu\n"
        #expect(BLASKernel.cpuFlags(cpuinfo: cpuinfo) == ["fpu", "avx2", "fma"])
        #expect(BLASKernel.cpuFlags(cpuinfo: "processor\t: 0\n").isEmpty)
    }

    @Test func theLoadedKernelHasAName() {
        #expect(!BLASKernel.current.isEmpty)
    }
}
