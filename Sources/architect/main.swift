import ArchitectCLI

await Architect.runFromCommandLine()
