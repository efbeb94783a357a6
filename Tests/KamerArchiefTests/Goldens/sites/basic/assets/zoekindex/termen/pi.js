(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["pi"] = {"pijler":"|fpotignb:6,8,10,22,26,28","pijlers":"|fpotignb:4"};
