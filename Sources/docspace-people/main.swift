import PeopleCLI

await DocSpacePeople.main()
