import sys

from observer.main import main

sys.exit(main())
