import BenchmarkModels
import Foundation

/// Writes a generated benchmark model to standard output, for profiling a whole command:
/// `swift run -c release benchmark-model SERVICES CALLS WORKFLOWS ZONES > model.yaml`.
let numbers = CommandLine.arguments.dropFirst().compactMap { Int($0) }
guard numbers.count == 4, CommandLine.arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: benchmark-model SERVICES CALLS WORKFLOWS ZONES\n".utf8))
    exit(64)
}
let generator = ModelGenerator(services: numbers[0], calls: numbers[1], workflows: numbers[2], zones: numbers[3])
FileHandle.standardOutput.write(Data(generator.makeYAML().utf8))
