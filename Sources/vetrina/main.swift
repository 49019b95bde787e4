// Entry point: see VetrinaCommand.
import Foundation

let code = VetrinaCommand.main(Array(CommandLine.arguments.dropFirst())) { message in
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
exit(code)
