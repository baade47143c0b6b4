import Shell
print("dossier")
