(window.KAMERARCHIEF_SHARD_DATA = window.KAMERARCHIEF_SHARD_DATA || {})["_onderwerpen"] = [
  {
    "t" : "Nationaal Groeifonds",
    "u" : "onderwerpen/nationaal-groeifonds.html",
    "w" : "Onderwerp › Fonds",
    "x" : "Nationaal Groeifonds · Nationaal fonds voor projecten die het verdienvermogen versterken."
  },
  {
    "t" : "Nationale Grondstoffenstrategie",
    "u" : "onderwerpen/nationale-grondstoffenstrategie.html",
    "w" : "Onderwerp › Strategie",
    "x" : "Nationale Grondstoffenstrategie · grondstoffenstrategie · De strategie van het kabinet voor leveringszekerheid van kritieke grondstoffen."
  },
  {
    "t" : "Waterstofbank",
    "u" : "onderwerpen/waterstofbank.html",
    "w" : "Onderwerp › Fonds",
    "x" : "Waterstofbank · European Hydrogen Bank · EHB · Het veilingmechanisme van de Commissie voor hernieuwbare waterstof."
  }
];
