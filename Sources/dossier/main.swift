// dossier: parses the command line and hands over to the Shell layer.
Dossier.main()
