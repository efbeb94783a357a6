(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["44"] = {"447":"|fr0mbcui:22"};
