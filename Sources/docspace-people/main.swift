import PeopleCLI
