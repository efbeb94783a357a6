(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["fo"] = {"fonds":"_onderwerpen:1|"};
