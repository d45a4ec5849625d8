from zone_gap.cli import main

main()
