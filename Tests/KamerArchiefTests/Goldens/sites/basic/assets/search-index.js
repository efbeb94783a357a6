window.KAMERARCHIEF_INDEX = [
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html",
    "w" : "Fiche 3",
    "x" : "Mededeling Europese waterstofstrategie"
  },
  {
    "t" : "Essentie voorstel",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#essentie-voorstel",
    "w" : "Fiche 3 › Essentie voorstel",
    "x" : "Essentie voorstel"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-50",
    "w" : "Fiche 3 › Essentie voorstel",
    "x" : "De Commissie wil de markt voor hernieuwbare waterstof versnellen. De strategie bestaat uit drie pijlers."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-52",
    "w" : "Fiche 3 › Essentie voorstel",
    "x" : "Pijler 1 betreft de productie van hernieuwbare waterstof. De Commissie stelt een veilingmechanisme voor via de Waterstofbank."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-54",
    "w" : "Fiche 3 › Essentie voorstel",
    "x" : "Pijler 2 betreft de infrastructuur voor transport en opslag. De Commissie wil grensoverschrijdende leidingen versnellen en verwijst naar de grondstoffenstrategie."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-56",
    "w" : "Fiche 3 › Essentie voorstel",
    "x" : "Pijler 3 betreft de vraag in de industrie. De Commissie stelt quota voor hernieuwbare waterstof in de chemie voor."
  },
  {
    "t" : "Nederlandse positie ten aanzien van het voorstel",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#nederlandse-positie",
    "w" : "Fiche 3 › Nederlandse positie ten aanzien van het voorstel",
    "x" : "Nederlandse positie ten aanzien van het voorstel"
  },
  {
    "t" : "Essentie Nederlands beleid op dit terrein",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#essentie-beleid",
    "w" : "Fiche 3 › Essentie Nederlands beleid op dit terrein",
    "x" : "Essentie Nederlands beleid op dit terrein"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-62",
    "w" : "Fiche 3 › Essentie Nederlands beleid op dit terrein",
    "x" : "Het kabinet zet in op een snelle opschaling van elektrolyse, zoals beschreven in de Kamerbrief van december 2023 en het programma voor de industrie."
  },
  {
    "t" : "Beoordeling + inzet ten aanzien van dit voorstel",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#beoordeling-inzet",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Beoordeling + inzet ten aanzien van dit voorstel"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-66",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Het kabinet verwelkomt de strategie en de aandacht voor \u003cscript>alert('x')\u003c/script> veiligheid."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-68",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Ten aanzien van pijler 1 steunt het kabinet de Waterstofbank, mits de veilingen ook voor kleinere projecten openstaan (Kamerstuk 32852, nr. 224)."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-70",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Het kabinet wil dat de middelen breed inzetbaar blijven."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-72",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Over pijler 2 is het kabinet positief; de leidingen sluiten aan bij de nationale plannen."
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-74",
    "w" : "Fiche 3 › Beoordeling + inzet ten aanzien van dit voorstel",
    "x" : "Het kabinet is kritisch over de quota in pijler 3, omdat die de regeldruk verhogen."
  },
  {
    "t" : "Eerste inschatting van krachtenveld",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#krachtenveld",
    "w" : "Fiche 3 › Eerste inschatting van krachtenveld",
    "x" : "Eerste inschatting van krachtenveld"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-78",
    "w" : "Fiche 3 › Eerste inschatting van krachtenveld",
    "x" : "De lidstaten zijn verdeeld over de quota."
  },
  {
    "t" : "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#grondhouding",
    "w" : "Fiche 3 › Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
    "x" : "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten"
  },
  {
    "t" : "Bevoegdheid",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#bevoegdheid",
    "w" : "Fiche 3 › Bevoegdheid",
    "x" : "Bevoegdheid"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-84",
    "w" : "Fiche 3 › Bevoegdheid",
    "x" : "De grondhouding van het kabinet is positief."
  },
  {
    "t" : "Subsidiariteit",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#subsidiariteit",
    "w" : "Fiche 3 › Subsidiariteit",
    "x" : "Subsidiariteit"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-88",
    "w" : "Fiche 3 › Subsidiariteit",
    "x" : "De grondhouding van het kabinet is positief."
  },
  {
    "t" : "Proportionaliteit",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#proportionaliteit",
    "w" : "Fiche 3 › Proportionaliteit",
    "x" : "Proportionaliteit"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-92",
    "w" : "Fiche 3 › Proportionaliteit",
    "x" : "De grondhouding van het kabinet is neutraal."
  },
  {
    "t" : "Financiële gevolgen",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#financiele-gevolgen",
    "w" : "Fiche 3 › Financiële gevolgen",
    "x" : "Financiële gevolgen"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-96",
    "w" : "Fiche 3 › Financiële gevolgen",
    "x" : "Er zijn geen directe gevolgen voor de begroting."
  },
  {
    "t" : "Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#regeldruk",
    "w" : "Fiche 3 › Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
    "x" : "Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten"
  },
  {
    "t" : "Mededeling Europese waterstofstrategie",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#p-100",
    "w" : "Fiche 3 › Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
    "x" : "De quota kunnen de regeldruk verhogen."
  },
  {
    "t" : "productie van hernieuwbare waterstof",
    "u" : "documenten/fiche-3-waterstofstrategie/pijler-1.html",
    "w" : "Fiche 3 › Pijler I",
    "x" : "productie van hernieuwbare waterstof"
  },
  {
    "t" : "infrastructuur voor transport en opslag",
    "u" : "documenten/fiche-3-waterstofstrategie/pijler-2.html",
    "w" : "Fiche 3 › Pijler II",
    "x" : "infrastructuur voor transport en opslag"
  },
  {
    "t" : "vraag in de industrie",
    "u" : "documenten/fiche-3-waterstofstrategie/pijler-3.html",
    "w" : "Fiche 3 › Pijler III",
    "x" : "vraag in de industrie"
  },
  {
    "t" : "Voetnoot 1",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#fn-1",
    "w" : "Fiche 3",
    "x" : "Kamerstukken II 2022/23, 32852, nr. 224"
  },
  {
    "t" : "Voetnoot 2",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#fn-2",
    "w" : "Fiche 3",
    "x" : "Kamerstukken II 2023/24, 29826, nr. 190"
  },
  {
    "t" : "Voetnoot 3",
    "u" : "documenten/fiche-3-waterstofstrategie/index.html#fn-3",
    "w" : "Fiche 3",
    "x" : "Kamerstuk 36410-L-4"
  },
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
