using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>
/// Makes units.yaml: the city Party committee, one unit of every kind, then units drawn by
/// kind weight, communes first and their hamlet cells, schools, police… under them.
/// </summary>
public sealed class UnitGenerator(SplitMix64 rng)
{
    public const string RootId = "dang-bo-thanh-pho";

    private readonly List<Unit> _units = [];
    private readonly List<Unit> _communes = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly UniqueNames _ids = new();
    private readonly Dictionary<string, int> _cityUsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hamlets = new(StringComparer.Ordinal);
    private readonly List<(string Kind, string Name)> _freshPlaces = ShufflePlaces(rng);

    public IReadOnlyList<Unit> Generate(int count)
    {
        Add(new Unit(_ids.Claim(RootId), Name("Đảng bộ thành phố Bảo Lộc"), "dang-doan-the", null, null));
        foreach (var (kind, _) in UnitKinds.Weighted)
        {
            Grow(kind);
        }
        int total = UnitKinds.Weighted.Sum(w => w.Weight);
        while (_units.Count < count)
        {
            int roll = rng.Next(total);
            foreach (var (kind, weight) in UnitKinds.Weighted)
            {
                if ((roll -= weight) < 0)
                {
                    Grow(kind);
                    break;
                }
            }
        }
        return _units;
    }

    private void Add(Unit unit) => _units.Add(unit);

    private void Grow(string kind)
    {
        if (kind == UnitKinds.Commune)
        {
            if (_communes.Count < 2 || rng.Chance(0.3))
            {
                NewCommune();
            }
            else
            {
                Add(NewHamlet());
            }
            return;
        }
        var city = UnitKinds.CityLevel[kind];
        int used = _cityUsed.GetValueOrDefault(kind);
        if (used < city.Count && (used == 0 || rng.Chance(0.5)))
        {
            _cityUsed[kind] = used + 1;
            Add(Create(city[used], kind, RootId, null));
            return;
        }
        var commune = _communes.Count == 0 ? NewCommune() : rng.Pick(_communes);
        var pattern = rng.Pick(UnitKinds.InCommune[kind]);
        var name = string.Format(pattern, commune.Place, rng.Pick(Places.SchoolNames), CompanyName());
        Add(Create(name, kind, commune.Id, commune.Place));
    }

    /// <summary>Adds a commune's Party committee and, after the first, its first hamlet cell.</summary>
    private Unit NewCommune()
    {
        var (placeKind, placeName) = _communes.Count < Places.Known.Count
            ? Places.Known[_communes.Count]
            : _freshPlaces.Count > 0 ? TakeFresh() : (rng.Chance(0.35) ? "phường" : "xã", $"{Places.City} {_communes.Count}");
        var place = $"{placeKind} {placeName}";
        var unit = Create($"Đảng bộ {place}", UnitKinds.Commune, RootId, place);
        _communes.Add(unit);
        Add(unit);
        if (_communes.Count > 1)
        {
            Add(Create($"Chi bộ {HamletWord(place)} 1 {place}", UnitKinds.Commune, unit.Id, place, hamlet: 1));
        }
        return unit;
    }

    private (string, string) TakeFresh()
    {
        var next = _freshPlaces[^1];
        _freshPlaces.RemoveAt(_freshPlaces.Count - 1);
        return next;
    }

    private Unit NewHamlet()
    {
        var commune = rng.Pick(_communes);
        int n = _hamlets.GetValueOrDefault(commune.Id) + 1;
        return Create($"Chi bộ {HamletWord(commune.Place!)} {n} {commune.Place}", UnitKinds.Commune, commune.Id, commune.Place, n);
    }

    private Unit Create(string name, string kind, string? parent, string? place, int hamlet = 0)
    {
        if (hamlet > 0)
        {
            _hamlets[parent!] = hamlet;
        }
        var unique = Name(name);
        var id = _ids.Claim(Slug.Fold(StripCell(unique), 60));
        return new Unit(id, unique, kind, parent, place);
    }

    private string Name(string candidate)
    {
        var name = candidate;
        for (int n = 2; !_names.Add(name); n++)
        {
            name = $"{candidate} {n}";
        }
        return name;
    }

    private string CompanyName() =>
        $"{rng.Pick(Places.CompanyForms)} {rng.Pick(Places.CompanyTrades)} {rng.Pick(Places.CompanyNames)}";

    private static string HamletWord(string place) => place.StartsWith("phường", StringComparison.Ordinal) ? "tổ dân phố" : "thôn";

    private static string StripCell(string name)
    {
        foreach (var prefix in new[] { "Chi bộ ", "Đảng bộ " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }
        return name;
    }

    private static List<(string Kind, string Name)> ShufflePlaces(SplitMix64 rng)
    {
        var known = Places.Known.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var all = new List<(string, string)>();
        foreach (var prefix in Places.Prefixes)
        {
            foreach (var suffix in Places.Suffixes)
            {
                var name = $"{prefix} {suffix}";
                if (!known.Contains(name))
                {
                    all.Add((rng.Chance(0.3) ? "phường" : "xã", name));
                }
            }
        }
        for (int i = all.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all;
    }
}
