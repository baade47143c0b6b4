/// Commands that compute: checks, variables, assumptions, tables, simulations, seeds.
enum ComputeCommands {
    static let all: [CommandSpec] = []
}
