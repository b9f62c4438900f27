namespace Anshin.Core.Imaging;

/// <summary>A five-pointed star of the logo, in logo units.</summary>
internal sealed record LogoStar(Vertex Centre, double OuterRadius, double InnerRadius)
{
    /// <summary>Ten vertices, alternating outer and inner, starting at the top point and going clockwise.</summary>
    public IReadOnlyList<Vertex> Points()
    {
        var points = new Vertex[10];
        for (var i = 0; i < points.Length; i++)
        {
            var radius = i % 2 == 0 ? OuterRadius : InnerRadius;
            var angle = (-90 + (i * 36)) * Math.PI / 180;
            points[i] = new(Centre.X + (radius * Math.Cos(angle)), Centre.Y + (radius * Math.Sin(angle)));
        }

        return points;
    }
}
