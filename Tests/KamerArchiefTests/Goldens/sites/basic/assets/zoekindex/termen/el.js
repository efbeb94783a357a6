(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["el"] = {"elektrisch":"|fr0mbcui:6","elektrolyse":"fr0mbcui:5|fpotignb:16","elektrolysers":"|fr0mbcui:6,12"};
