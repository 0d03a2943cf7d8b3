// The command line: argument parsing, configuration and profiles, wiring.
