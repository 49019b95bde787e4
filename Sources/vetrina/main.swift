// Entry point: see VetrinaCommand.
print("vetrina: under construction")
