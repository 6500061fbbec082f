import ArgumentParser
import ArianeCLI

Ariane.main()
