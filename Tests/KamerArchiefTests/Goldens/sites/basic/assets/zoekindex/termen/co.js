(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["co"] = {"commissie":"_onderwerpen:5|fpotignb:4,6,8,10","concurrentiekracht":"fpotignb:35,53|"};
