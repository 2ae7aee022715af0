from planer.cli import main

main()
