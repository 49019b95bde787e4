#if canImport(Glibc)
import Glibc
#endif

/// Facts about the machine.
enum System {
    /// Online processor count.
    static var coreCount: Int {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}
