(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["su"] = {"subsidiariteit":"fpotignb:35,41|","subsidie":"|fr0mbcui:6"};
