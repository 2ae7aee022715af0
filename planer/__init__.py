"""planer: the documents of a Swedish municipality's budget process, from its workbooks.

The public API, in pipeline order:

    inlasning = las_arbetsyta(Path("."))      # settings, workbooks, validation
    inlasning.problem                         # every problem found, with its place
    modell = inlasning.modell                 # the Styrmodell, or None on errors
    bedomare = Bedomare(modell, inlasning.installningar.bedomning)
"""

from planer.arbetsyta import Inlasning, las_arbetsyta, skapa_arbetsyta
from planer.bedomning import Bedomare, Trend
from planer.modell.objekt import Period, Status
from planer.modell.styrmodell import Styrmodell
from planer.problem import Allvarlighet, PlanerFel, Problem

__version__ = "0.1.0"
__all__ = [
    "Allvarlighet",
    "Bedomare",
    "Inlasning",
    "Period",
    "PlanerFel",
    "Problem",
    "Status",
    "Styrmodell",
    "Trend",
    "las_arbetsyta",
    "skapa_arbetsyta",
]
