(window.KAMERARCHIEF_SHARD_DATA = window.KAMERARCHIEF_SHARD_DATA || {})["kamerbrief-waterstof-voortgang"] = [
  {
    "t" : "Voortgangsbrief waterstof",
    "u" : "documenten/kamerbrief-waterstof-voortgang/index.html",
    "w" : "Kamerbrief",
    "x" : "Voortgangsbrief waterstof"
  },
  {
    "t" : "Productie",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1.html",
    "w" : "Kamerbrief › Pijler 1",
    "x" : "Productie"
  },
  {
    "t" : "Opschalen elektrolyse",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html",
    "w" : "Kamerbrief › Pijler 1",
    "x" : "Opschalen elektrolyse"
  },
  {
    "t" : "Opschalen elektrolyse",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html#p-5",
    "w" : "Kamerbrief › Pijler 1 › Opschalen elektrolyse",
    "x" : "Het kabinet stimuleert de bouw van elektrolysers met subsidie uit het Nationaal Groeifonds. In december 2023 is de eerste ronde afgerond. De projecten worden batterij-elektrisch ondersteund waar dat kan."
  },
  {
    "t" : "Opschalen elektrolyse",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html#p-13",
    "w" : "Kamerbrief › Pijler 1 › Opschalen elektrolyse",
    "x" : "Een tweede ronde volgt in 2026 en wordt in de voortgangsbrief toegelicht."
  },
  {
    "t" : "Versnellen vergunningen",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-2.html",
    "w" : "Kamerbrief › Pijler 1",
    "x" : "Versnellen vergunningen"
  },
  {
    "t" : "Versnellen vergunningen",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-2.html#p-19",
    "w" : "Kamerbrief › Pijler 1 › Versnellen vergunningen",
    "x" : "Vergunningen voor elektrolysers duren te lang. Het kabinet werkt aan kortere procedures, zoals aangekondigd in Kamerstuk 32852 nr. 224."
  },
  {
    "t" : "Infrastructuur",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-2.html",
    "w" : "Kamerbrief › Pijler 2",
    "x" : "Infrastructuur"
  },
  {
    "t" : "Aanleggen waterstofnetwerk",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-2-actie-1.html",
    "w" : "Kamerbrief › Pijler 2",
    "x" : "Aanleggen waterstofnetwerk"
  },
  {
    "t" : "Aanleggen waterstofnetwerk",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-2-actie-1.html#p-37",
    "w" : "Kamerbrief › Pijler 2 › Aanleggen waterstofnetwerk",
    "x" : "Gasunie legt het landelijke netwerk aan. De eerste delen zijn in 2025 in gebruik genomen, waarmee de industrie in Rotterdam is aangesloten."
  },
  {
    "t" : "Voetnoot 1",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html#fn-1",
    "w" : "Kamerbrief",
    "x" : "Kamerstuk 31209 nr. 239."
  },
  {
    "t" : "Voetnoot 2",
    "u" : "documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-2.html#fn-2",
    "w" : "Kamerbrief",
    "x" : "Kamerstuk 29023, nr. 447."
  }
];
