"""A plural phrase with a title refers to the two people named with that title (issue 9, session 12, branch id12):
"kedua perdana menteri" after "X bertemu Perdana Menteri Vietnam Y dan Sekretaris Jenderal Z" are X and Y (X named
as prime minister before), not X and Z, whom X met last. A phrase without a title ("kedua pemimpin") still refers to
the pair that met last."""

from __future__ import annotations

from facts import read

from kg.model import EventKind

TRIP = ("Perdana Menteri Jepang Shigeru Ishiba tiba di Hanoi. Di Hanoi, Ishiba bertemu dengan Perdana Menteri Vietnam "
        "Pham Minh Chinh dan Sekretaris Jenderal Partai Komunis Vietnam To Lam. ")


def test_the_two_prime_ministers_are_the_two_named_prime_minister() -> None:
    found = read(TRIP + "Kedua perdana menteri menyepakati peningkatan kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Phạm Minh Chính", "Shigeru Ishiba"), ())}


def test_the_two_leaders_are_the_pair_that_met_last() -> None:
    found = read(TRIP + "Kedua pemimpin menyepakati peningkatan kerja sama.", "id")
    assert found.events(EventKind.AGREEMENT) == {(("Shigeru Ishiba", "Tô Lâm"), ())}


def test_the_two_foreign_ministers_are_the_two_named_foreign_minister() -> None:
    text = ("Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan dan Perdana Menteri "
            "Malaysia Anwar Ibrahim di Jakarta. Kedua menteri luar negeri menandatangani nota kesepahaman.")
    assert read(text, "id").events(EventKind.AGREEMENT) == {(("Mohamad Hasan", "Sugiono"), ())}
