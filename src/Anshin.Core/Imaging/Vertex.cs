namespace Anshin.Core.Imaging;

/// <summary>A point in pixel coordinates, (0, 0) being the top-left corner of the top-left pixel.</summary>
public readonly record struct Vertex(double X, double Y);
