(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["on"] = {"ondersteund":"|fr0mbcui:6"};
