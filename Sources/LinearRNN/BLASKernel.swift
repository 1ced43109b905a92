import CBLAS
import Foundation

/// Picks OpenBLAS's compute kernel on processors its build does not know.
///
/// A DYNAMIC_ARCH OpenBLAS (Debian's) chooses its kernels when the library is loaded, from the
/// CPU model. A model newer than the build (Debian 12's 0.3.21 on Emerald Rapids or Zen 4) falls
/// back to the generic "Prescott" kernel, which runs a 32 x 64 x 64 `dgemm` about six times
/// slower than the AVX-512 "SkylakeX" kernel on the same core. OpenBLAS has no call to change the
/// kernel later; it reads `OPENBLAS_CORETYPE` once, at load. So a program calls
/// ``relaunchWithPreferredKernel()`` first thing: when the library fell back to the generic
/// kernel and the CPU has the instructions of a better one, it runs itself again with
/// `OPENBLAS_CORETYPE` set. A value the user set is always kept.
public enum BLASKernel {
    /// The environment variable OpenBLAS reads at load.
    public static let variable = "OPENBLAS_CORETYPE"

    /// The kernel OpenBLAS chose at load (e.g. "Haswell", "SkylakeX", "Prescott").
    public static var current: String {
        guard let name = openblas_get_corename() else { return "" }
        return String(cString: name)
    }

    /// The core type to ask for, or nil to keep OpenBLAS's choice: only when it chose the
    /// generic kernel and `flags` (the CPU's feature flags, as in /proc/cpuinfo) have AVX-512
    /// (SkylakeX) or AVX2 with FMA (Haswell).
    public static func preferredCoreType(chosen: String, flags: Set<String>) -> String? {
        guard chosen.lowercased() == "prescott" else { return nil }
        if ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd"].allSatisfy(flags.contains) { return "SkylakeX" }
        if ["avx2", "fma"].allSatisfy(flags.contains) { return "Haswell" }
        return nil
    }

    /// The feature flags of the first processor in `cpuinfo` (the text of /proc/cpuinfo).
    public static func cpuFlags(cpuinfo: String) -> Set<String> {
        for line in cpuinfo.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }
        return []
    }

    /// Replaces this process by itself with `OPENBLAS_CORETYPE` set, when
    /// ``preferredCoreType(chosen:flags:)`` names a kernel and the variable is unset; returns
    /// (doing nothing) otherwise or when the exec fails. Linux only (/proc/self/exe).
    public static func relaunchWithPreferredKernel() {
        #if os(Linux)
        guard getenv(variable) == nil,
              let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let coreType = preferredCoreType(chosen: current, flags: cpuFlags(cpuinfo: cpuinfo))
        else { return }
        setenv(variable, coreType, 1)
        let arguments = CommandLine.unsafeArgv
        execv("/proc/self/exe", arguments)
        // The exec failed: carry on with the kernel already loaded.
        #endif
    }
}
