window.KAMERARCHIEF_SHARDS = [
  "fiche-3-waterstofstrategie",
  "kamerbrief-waterstof-voortgang",
  "_onderwerpen"
];
